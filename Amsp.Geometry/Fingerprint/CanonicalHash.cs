using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Amsp.Geometry.Fingerprint;

/// <summary>
/// SHA-256 of the canonical form of a welded mesh: vertices sorted by position, each triangle rotated to start at
/// its smallest vertex (orientation kept), triangles sorted. The hash therefore ignores triangle order, vertex order
/// and the starting corner of each triangle, but not a single changed coordinate bit.
/// </summary>
internal static class CanonicalHash
{
    // Triangles whose three ranks fit in 21 bits each sort as one 64-bit key (meshes up to two million vertices).
    private const int PackedBits = 21;

    public static string Compute(Mesh mesh)
    {
        var p = mesh.PositionArray;
        var order = VertexOrder(p, mesh.VertexCount);
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var triangles = SortedTriangles(mesh.IndexArray, mesh.TriangleCount, rank);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[12 * 4096];
        var fill = 0;
        sha.AppendData("amsp-canonical-mesh-v1"u8);
        Span<byte> counts = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(counts, mesh.VertexCount);
        BinaryPrimitives.WriteInt32LittleEndian(counts[4..], mesh.TriangleCount);
        sha.AppendData(counts);
        foreach (var v in order)
        {
            BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(fill), p[v * 3]);
            BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(fill + 4), p[(v * 3) + 1]);
            BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(fill + 8), p[(v * 3) + 2]);
            fill = Flush(sha, buffer, fill + 12);
        }

        foreach (var (a, b, c) in triangles)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(fill), a);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(fill + 4), b);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(fill + 8), c);
            fill = Flush(sha, buffer, fill + 12);
        }

        sha.AppendData(buffer, 0, fill);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // Vertices by x, then y, then z, as float.CompareTo orders them (NaN first, -0 equal to 0): sorted as 64-bit keys of
    // (x, y), then each run of equal (x, y) by z. Equal positions (a mesh that is not welded) keep their index order.
    private static int[] VertexOrder(float[] p, int count)
    {
        var keys = new ulong[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = ((ulong)SortKey(p[i * 3]) << 32) | SortKey(p[(i * 3) + 1]);
            order[i] = i;
        }

        Array.Sort(keys, order);
        var byZ = Comparer<int>.Create((a, b) =>
        {
            var c = SortKey(p[(a * 3) + 2]).CompareTo(SortKey(p[(b * 3) + 2]));
            return c != 0 ? c : a.CompareTo(b);
        });
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, byZ);
            }

            start = end;
        }

        return order;
    }

    // An unsigned key that orders floats as float.CompareTo does.
    private static uint SortKey(float value)
    {
        if (float.IsNaN(value))
        {
            return 0;
        }

        var bits = BitConverter.SingleToUInt32Bits(value == 0 ? 0f : value);
        return (bits & 0x8000_0000) != 0 ? ~bits : bits | 0x8000_0000;
    }

    // Each triangle rotated to start at its smallest rank (orientation kept), then all sorted; returned as a sequence to hash.
    private static IEnumerable<(int A, int B, int C)> SortedTriangles(int[] idx, int count, int[] rank)
    {
        if (rank.Length <= 1 << PackedBits)
        {
            var keys = new ulong[count];
            for (var f = 0; f < count; f++)
            {
                var (a, b, c) = Rotated(rank[idx[f * 3]], rank[idx[(f * 3) + 1]], rank[idx[(f * 3) + 2]]);
                keys[f] = ((ulong)a << (2 * PackedBits)) | ((ulong)b << PackedBits) | (uint)c;
            }

            Array.Sort(keys);
            const ulong mask = (1UL << PackedBits) - 1;
            return keys.Select(k => ((int)(k >> (2 * PackedBits)), (int)((k >> PackedBits) & mask), (int)(k & mask)));
        }

        var triangles = new (int A, int B, int C)[count];
        for (var f = 0; f < count; f++)
        {
            triangles[f] = Rotated(rank[idx[f * 3]], rank[idx[(f * 3) + 1]], rank[idx[(f * 3) + 2]]);
        }

        Array.Sort(triangles);
        return triangles;
    }

    private static (int A, int B, int C) Rotated(int a, int b, int c) =>
        a <= b && a <= c ? (a, b, c) : b <= c ? (b, c, a) : (c, a, b);

    private static int Flush(IncrementalHash sha, byte[] buffer, int fill)
    {
        if (fill < buffer.Length)
        {
            return fill;
        }

        sha.AppendData(buffer, 0, fill);
        return 0;
    }
}

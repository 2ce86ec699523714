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
    public static string Compute(Mesh mesh)
    {
        var p = mesh.PositionArray;
        var order = new int[mesh.VertexCount];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = p[a * 3].CompareTo(p[b * 3]);
            c = c != 0 ? c : p[(a * 3) + 1].CompareTo(p[(b * 3) + 1]);
            return c != 0 ? c : p[(a * 3) + 2].CompareTo(p[(b * 3) + 2]);
        });
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var idx = mesh.IndexArray;
        var triangles = new (int A, int B, int C)[mesh.TriangleCount];
        for (var f = 0; f < triangles.Length; f++)
        {
            int a = rank[idx[f * 3]], b = rank[idx[(f * 3) + 1]], c = rank[idx[(f * 3) + 2]];
            triangles[f] = a <= b && a <= c ? (a, b, c) : b <= c ? (b, c, a) : (c, a, b);
        }

        Array.Sort(triangles);
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

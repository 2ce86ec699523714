using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Amsp.Geometry.Io;

/// <summary>
/// Reads and welds a large binary STL on two threads. The file is read in chunks; on each chunk, thread p welds
/// only the vertices whose hash has top bit p, into its own table, so the threads share nothing but the chunk and
/// each writes only its own corners. A last pass numbers the vertices in order of first appearance, exactly as the
/// one-thread reader does, so the mesh is the same whatever the number of threads. A non-finite coordinate sends
/// the caller back to the one-thread reader, which reports the first bad triangle.
/// </summary>
internal static class PartitionedWeld
{
    /// <summary>Below this many triangles one thread is faster (thread hand-offs cost more than they save).</summary>
    public const int MinTriangles = 200_000;

    private const int Record = 50;
    private const int ChunkTriangles = 1 << 16;
    private const int PartitionShift = 30;
    private const int LocalMask = (1 << PartitionShift) - 1;

    /// <summary>The mesh, or null when a coordinate is not finite (the stream is then at an undefined position).</summary>
    public static Mesh? Read(Stream stream, int n, MeshReadLimits limits, IProgress<double>? progress)
    {
        var indices = LargeArrays.Uninitialized<int>(n * 3);
        VertexWelder[] welders = [new((n / 4) + 16, limits), new((n / 4) + 16, limits)];
        var buffer = new byte[ChunkTriangles * Record];
        var finite = new bool[2];
        for (var done = 0; done < n;)
        {
            var take = Math.Min(ChunkTriangles, n - done);
            stream.ReadExactly(buffer.AsSpan(0, take * Record));
            var first = done;
            Parallel.For(0, 2, p => finite[p] = Weld(buffer, first, take, indices, welders[p], (uint)p));
            if (!finite[0] || !finite[1])
            {
                return null;
            }

            done += take;
            progress?.Report((double)done / n);
        }

        var total = (long)welders[0].VertexCount + welders[1].VertexCount;
        if (total > limits.MaxVertices)
        {
            throw new MeshFormatException($"The mesh has more than {limits.MaxVertices} vertices.");
        }

        welders[0].ReleaseTable();
        welders[1].ReleaseTable();
        var positions = Renumber(indices, welders, (int)total);
        return new Mesh(positions, (int)total, indices, n);
    }

    /// <summary>Welds this partition's corners of one chunk; false when a coordinate is not finite.</summary>
    private static bool Weld(byte[] chunk, int first, int take, int[] indices, VertexWelder welder, uint partition)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(chunk);
        for (var t = 0; t < take; t++)
        {
            ref var r = ref Unsafe.Add(ref start, (t * Record) + 12);
            var o = (first + t) * 3;
            for (var k = 0; k < 3; k++)
            {
                var x = Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, k * 12));
                var y = Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, (k * 12) + 4));
                var z = Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, (k * 12) + 8));
                var bx = BitConverter.SingleToUInt32Bits(x + 0f);
                var by = BitConverter.SingleToUInt32Bits(y + 0f);
                var bz = BitConverter.SingleToUInt32Bits(z + 0f);
                var h = VertexWelder.Hash(bx, by, bz);
                if (h >> 31 != partition)
                {
                    continue;
                }

                // A float is not finite when its exponent bits are all set.
                if ((bx & 0x7F800000u) == 0x7F800000u || (by & 0x7F800000u) == 0x7F800000u || (bz & 0x7F800000u) == 0x7F800000u)
                {
                    return false;
                }

                indices[o + k] = welder.AddBits(bx, by, bz, h) | (int)(partition << PartitionShift);
            }
        }

        return true;
    }

    /// <summary>Replaces (partition, local id) by ids in order of first appearance and gathers the positions.</summary>
    private static float[] Renumber(int[] indices, VertexWelder[] welders, int total)
    {
        var positions = LargeArrays.Uninitialized<float>(Math.Max(3, total * 3));
        int[][] ids = [new int[welders[0].VertexCount], new int[welders[1].VertexCount]]; // global id + 1, 0 = not yet
        float[][] local = [welders[0].Positions, welders[1].Positions];
        var next = 0;
        for (var c = 0; c < indices.Length; c++)
        {
            var e = indices[c];
            var p = e >>> PartitionShift;
            var v = e & LocalMask;
            ref var id = ref ids[p][v];
            if (id == 0)
            {
                id = ++next;
                local[p].AsSpan(v * 3, 3).CopyTo(positions.AsSpan((id - 1) * 3));
            }

            indices[c] = id - 1;
        }

        return positions;
    }
}

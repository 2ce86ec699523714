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

        // The loop's delegate captured these; the thread pool may hold on to it a while, so the arrays are let go
        // explicitly (about 9 MB at 1M triangles that stayed alive through the check otherwise).
        buffer = null!;
        welders[0].ReleaseTable();
        welders[1].ReleaseTable();
        var positions = Renumber(indices, welders, (int)total);
        welders = null!;
        return new Mesh(positions, (int)total, indices, n);
    }

    /// <summary>
    /// Welds this partition's corners of one chunk; false when a coordinate is not finite. Corners go in batches: a
    /// first pass hashes a batch and answers what the welder's recent-vertex cache knows, asking memory for the table
    /// slots of the rest; the second pass adds those, by then mostly in cache. On a clean 1M-triangle file the table
    /// lookups of new vertices were two thirds of the weld's time, each waiting for memory alone.
    /// </summary>
    private static bool Weld(byte[] chunk, int first, int take, int[] indices, VertexWelder welder, uint partition)
    {
        const int Batch = 32;
        Span<uint> bits = stackalloc uint[Batch * 3 * 4]; // x, y, z, hash per corner
        Span<int> found = stackalloc int[Batch * 3];
        ref var start = ref MemoryMarshal.GetArrayDataReference(chunk);
        for (var t0 = 0; t0 < take; t0 += Batch)
        {
            var count = Math.Min(Batch, take - t0) * 3;
            for (var c = 0; c < count; c++)
            {
                ref var r = ref Unsafe.Add(ref start, ((t0 + (c / 3)) * Record) + 12 + ((c % 3) * 12));
                var bx = BitConverter.SingleToUInt32Bits(Unsafe.ReadUnaligned<float>(ref r) + 0f);
                var by = BitConverter.SingleToUInt32Bits(Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, 4)) + 0f);
                var bz = BitConverter.SingleToUInt32Bits(Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, 8)) + 0f);
                var h = VertexWelder.Hash(bx, by, bz);
                bits[c * 4] = bx;
                bits[(c * 4) + 1] = by;
                bits[(c * 4) + 2] = bz;
                bits[(c * 4) + 3] = h;
                if (h >> 31 != partition)
                {
                    found[c] = -2; // the other thread's
                    continue;
                }

                // A float is not finite when its exponent bits are all set.
                if ((bx & 0x7F800000u) == 0x7F800000u || (by & 0x7F800000u) == 0x7F800000u || (bz & 0x7F800000u) == 0x7F800000u)
                {
                    return false;
                }

                found[c] = welder.RecentOrPrefetch(bx, by, bz, h);
            }

            var o = (first + t0) * 3;
            for (var c = 0; c < count; c++)
            {
                var id = found[c];
                if (id == -2)
                {
                    continue;
                }

                if (id < 0)
                {
                    id = welder.AddBits(bits[c * 4], bits[(c * 4) + 1], bits[(c * 4) + 2], bits[(c * 4) + 3]);
                }

                indices[o + c] = id | (int)(partition << PartitionShift);
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

using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Amsp.Geometry.Io;

/// <summary>
/// Reads and welds a large binary STL on two threads, giving exactly the mesh of the one-thread reader (vertices
/// numbered in order of first appearance), whatever the number of threads. A non-finite coordinate sends the caller
/// back to the one-thread reader, which reports the first bad triangle.
/// <list type="bullet">
/// <item>From a file: each thread reads and welds its own half of the triangles into its own table. The second
/// half's vertices are then looked up in the first half's table: found ones take its ids, new ones are numbered after
/// them in their order, and only the second half's corners are renumbered.</item>
/// <item>From a stream read once, front to back (a file still arriving): the stream is read in chunks; on each
/// chunk, thread p welds only the vertices whose hash has top bit p, into its own table, and a last pass numbers the
/// vertices in order of first appearance.</item>
/// </list>
/// </summary>
internal static class PartitionedWeld
{
    /// <summary>Below this many triangles one thread is faster (thread hand-offs cost more than they save).</summary>
    public const int MinTriangles = 200_000;

    private const int Record = 50;
    private const int ChunkTriangles = 1 << 16;
    private const int HalfChunkTriangles = 1 << 14; // 800 KB per thread, read straight from the file
    private const int PartitionShift = 30;
    private const int LocalMask = (1 << PartitionShift) - 1;

    /// <summary>Weld every corner of a chunk (see <see cref="Weld"/>).</summary>
    private const uint AllCorners = uint.MaxValue;

    /// <summary>The mesh, or null when a coordinate is not finite (the stream is then at an undefined position).</summary>
    public static Mesh? Read(Stream stream, int n, MeshReadLimits limits, IProgress<double>? progress) =>
        stream is FileStream { CanSeek: true } file ? ReadHalves(file, n, limits, progress) : ReadPartitioned(stream, n, limits, progress);

    private static Mesh? ReadHalves(FileStream file, int n, MeshReadLimits limits, IProgress<double>? progress)
    {
        var handle = file.SafeFileHandle;
        var offset = file.Position;
        var indices = LargeArrays.Uninitialized<int>(n * 3);
        var half = n / 2;

        // A closed mesh has about half as many vertices as triangles; a half of it, that many plus its cut.
        VertexWelder[] welders = [new((n / 4) + (n / 32) + 64, limits), new((n / 4) + (n / 32) + 64, limits)];
        var finite = new bool[2];
        var done = 0;
        OnBoth(p =>
        {
            var (from, to) = p == 0 ? (0, half) : (half, n);
            var buffer = new byte[HalfChunkTriangles * Record];
            finite[p] = true;
            for (var first = from; first < to && finite[p];)
            {
                var take = Math.Min(HalfChunkTriangles, to - first);
                var chunk = buffer.AsSpan(0, take * Record);
                if (RandomAccess.Read(handle, chunk, offset + ((long)first * Record)) != chunk.Length)
                {
                    throw new EndOfStreamException();
                }

                finite[p] = Weld(buffer, first, take, indices, welders[p], AllCorners);
                first += take;
                var total = Interlocked.Add(ref done, take);
                if (p == 0)
                {
                    progress?.Report((double)total / n);
                }
            }
        });
        if (!finite[0] || !finite[1])
        {
            return null;
        }

        // The second half's vertices: the first half's id, or -1 when new.
        var (first, second) = (welders[0], welders[1]);
        var map = new int[second.VertexCount];
        OnBoth(p => Find(first, second, map, p * map.Length / 2, (p + 1) * map.Length / 2));
        var total = first.VertexCount;
        for (var v = 0; v < map.Length; v++)
        {
            if (map[v] < 0)
            {
                map[v] = total++;
            }
        }

        if (total > limits.MaxVertices)
        {
            throw new MeshFormatException($"The mesh has more than {limits.MaxVertices} vertices.");
        }

        first.ReleaseTable();
        second.ReleaseTable();
        var positions = LargeArrays.Uninitialized<float>(Math.Max(3, total * 3));
        first.Positions.AsSpan(0, first.VertexCount * 3).CopyTo(positions);
        for (var v = 0; v < map.Length; v++)
        {
            if (map[v] >= first.VertexCount)
            {
                second.Positions.AsSpan(v * 3, 3).CopyTo(positions.AsSpan(map[v] * 3));
            }
        }

        OnBoth(p =>
        {
            var from = (half * 3) + (p * (n - half) * 3 / 2);
            var to = (half * 3) + ((p + 1) * (n - half) * 3 / 2);
            for (var c = from; c < to; c++)
            {
                indices[c] = map[indices[c]];
            }
        });
        return new Mesh(positions, total, indices, n);
    }

    /// <summary>Runs <paramref name="work"/>(0) and (1) on two threads; an exception of either is rethrown as itself.</summary>
    private static void OnBoth(Action<int> work)
    {
        try
        {
            Parallel.For(0, 2, work);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>For the second half's vertices from..to, the first half's id of the same vertex, or -1.</summary>
    private static void Find(VertexWelder first, VertexWelder second, int[] map, int from, int to)
    {
        var p = second.Positions;
        for (var v = from; v < to; v++)
        {
            var bx = BitConverter.SingleToUInt32Bits(p[v * 3]);
            var by = BitConverter.SingleToUInt32Bits(p[(v * 3) + 1]);
            var bz = BitConverter.SingleToUInt32Bits(p[(v * 3) + 2]);
            map[v] = first.Find(bx, by, bz, VertexWelder.Hash(bx, by, bz));
        }
    }

    private static Mesh? ReadPartitioned(Stream stream, int n, MeshReadLimits limits, IProgress<double>? progress)
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
            OnBoth(p => finite[p] = Weld(buffer, first, take, indices, welders[p], (uint)p));
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
    /// Welds this partition's corners of one chunk (every corner for <see cref="AllCorners"/>); false when a
    /// coordinate is not finite. Corners go in batches: a
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
                if (partition != AllCorners && h >> 31 != partition)
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

                indices[o + c] = partition == AllCorners ? id : id | (int)(partition << PartitionShift);
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

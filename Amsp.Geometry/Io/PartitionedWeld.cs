using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Amsp.Geometry.Io;

/// <summary>
/// Reads and welds the triangles of a binary STL, giving exactly the mesh of <see cref="BinaryStlReader"/>'s plain reader
/// (vertices numbered in order of first appearance). A non-finite coordinate returns null, and the caller reads again
/// with the plain reader, which names the first bad triangle.
/// <list type="bullet">
/// <item>From a file of <see cref="MinTriangles"/> triangles or more, on two cores: each thread reads and welds its own
/// half of the triangles into its own table. The second half's vertices are then looked up in the first half's table:
/// found ones take its ids, new ones are numbered after them in their order, and only the second half's corners are
/// renumbered.</item>
/// <item>Otherwise, and from a stream read once, front to back (a file still arriving, whose receiving needs the
/// other core), one thread reads and welds in order.</item>
/// </list>
/// Both weld a chunk's corners in batches that ask memory for their table slots before using them.
/// </summary>
internal static class PartitionedWeld
{
    /// <summary>Below this many triangles one thread is faster (thread hand-offs cost more than they save).</summary>
    public const int MinTriangles = 200_000;

    private const int Record = 50;
    private const int ChunkTriangles = 1 << 14; // 800 KB: stays in a core's cache while it is welded

    /// <summary>The mesh of the <paramref name="n"/> triangles that follow, or null when a coordinate is not finite.</summary>
    public static Mesh? Read(Stream stream, int n, MeshReadLimits limits, IProgress<double>? progress) =>
        stream is FileStream { CanSeek: true } file && n >= MinTriangles && Environment.ProcessorCount > 1
            ? ReadHalves(file, n, limits, progress)
            : ReadInOrder(stream, n, limits, progress);

    private static Mesh? ReadInOrder(Stream stream, int n, MeshReadLimits limits, IProgress<double>? progress)
    {
        var indices = LargeArrays.Uninitialized<int>(n * 3);
        var welder = new VertexWelder((n / 2) + (n / 16) + 16, limits);
        var buffer = new byte[Math.Min(ChunkTriangles, n) * Record];
        for (var done = 0; done < n;)
        {
            var take = Math.Min(ChunkTriangles, n - done);
            stream.ReadExactly(buffer.AsSpan(0, take * Record));
            if (!Weld(buffer, done, take, indices, welder))
            {
                return null;
            }

            done += take;
            progress?.Report((double)done / n);
        }

        welder.ReleaseTable();
        return new Mesh(welder.Positions, welder.VertexCount, indices, n);
    }

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
            var buffer = new byte[ChunkTriangles * Record];
            finite[p] = true;
            for (var first = from; first < to && finite[p];)
            {
                var take = Math.Min(ChunkTriangles, to - first);
                ReadAt(handle, buffer.AsSpan(0, take * Record), offset + ((long)first * Record));

                finite[p] = Weld(buffer, first, take, indices, welders[p]);
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

    /// <summary>Fills <paramref name="chunk"/> from the file at <paramref name="position"/>; a file that ends first is truncated.</summary>
    private static void ReadAt(SafeFileHandle handle, Span<byte> chunk, long position)
    {
        while (!chunk.IsEmpty)
        {
            var read = RandomAccess.Read(handle, chunk, position);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            chunk = chunk[read..];
            position += read;
        }
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

    /// <summary>
    /// Welds the corners of one chunk; false when a coordinate is not finite. Corners go in batches: a first pass
    /// hashes a batch and answers what the welder's recent-vertex cache knows, asking memory for the table slots of the
    /// rest; the second pass adds those, by then mostly in cache. On a clean 1M-triangle file the table lookups of new
    /// vertices were two thirds of the weld's time, each waiting for memory alone. Compiled fully optimised on first
    /// use: it runs long in few calls, so a precompiled body would never be replaced during one read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Weld(byte[] chunk, int first, int take, int[] indices, VertexWelder welder)
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
                if (id < 0)
                {
                    id = welder.AddBits(bits[c * 4], bits[(c * 4) + 1], bits[(c * 4) + 2], bits[(c * 4) + 3]);
                }

                indices[o + c] = id;
            }
        }

        return true;
    }
}

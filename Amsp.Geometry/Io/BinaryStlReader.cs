using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Io;

/// <summary>Binary STL: 80-byte header, uint32 count, then 50 bytes per triangle (normal, 3 vertices, attribute).</summary>
internal static class BinaryStlReader
{
    private const int Record = 50;
    private const int HeaderSize = 84;

    /// <summary>True when the size equation 84 + 50 n holds for the count in the header.</summary>
    public static bool SizeMatches(ReadOnlySpan<byte> head, long length) =>
        length >= HeaderSize && head.Length >= HeaderSize
        && HeaderSize + (Record * (long)BinaryPrimitives.ReadUInt32LittleEndian(head[80..84])) == length;

    public static Mesh Read(Stream stream, long length, MeshReadLimits limits, IProgress<double>? progress)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        var count = BinaryPrimitives.ReadUInt32LittleEndian(header[80..]);
        if (HeaderSize + (Record * (long)count) != length)
        {
            var fits = (length - HeaderSize) / Record;
            throw new MeshFormatException(
                $"Binary STL header declares {count} triangles but the file size ({length} bytes) holds {fits}; the file is truncated or corrupt.");
        }

        if (count == 0)
        {
            throw new MeshFormatException("The file contains no triangles.");
        }

        if (count > (uint)limits.MaxTriangles)
        {
            throw new MeshFormatException($"The file declares {count} triangles; the limit is {limits.MaxTriangles}.");
        }

        var n = (int)count;
        var indices = new int[n * 3];
        var welder = new VertexWelder((n / 2) + 16, limits);
        WeldRange(stream, 0, n, indices, welder, progress);

        return new Mesh(welder.Positions, welder.VertexCount, indices, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimised first tier
    private static void WeldChunk(ReadOnlySpan<byte> chunk, int first, int take, int[] indices, VertexWelder welder)
    {
        for (var t = 0; t < take; t++)
        {
            var r = chunk.Slice((t * Record) + 12, 36);
            var triangle = first + t;
            var o = triangle * 3;
            indices[o] = welder.AddVertex(Read(r, 0, triangle), Read(r, 4, triangle), Read(r, 8, triangle));
            indices[o + 1] = welder.AddVertex(Read(r, 12, triangle), Read(r, 16, triangle), Read(r, 20, triangle));
            indices[o + 2] = welder.AddVertex(Read(r, 24, triangle), Read(r, 28, triangle), Read(r, 32, triangle));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: skip the unoptimised first tier
    private static void WeldRange(Stream stream, int start, int count, int[] indices, VertexWelder welder, IProgress<double>? progress)
    {
        const int ChunkTriangles = 8192;
        var buffer = new byte[ChunkTriangles * Record];
        var done = 0;
        var nextReport = 0;
        while (done < count)
        {
            var take = Math.Min(ChunkTriangles, count - done);
            var chunk = buffer.AsSpan(0, take * Record);
            stream.ReadExactly(chunk);
            WeldChunk(chunk, start + done, take, indices, welder);

            done += take;
            if (progress is not null && done >= nextReport)
            {
                progress.Report((double)done / count);
                nextReport = done + (count / 100) + 1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Read(ReadOnlySpan<byte> r, int offset, int triangle)
    {
        var f = BinaryPrimitives.ReadSingleLittleEndian(r.Slice(offset, 4));
        if (!float.IsFinite(f))
        {
            throw new MeshFormatException($"Triangle {triangle} has a coordinate that is not a finite number.");
        }

        return f;
    }
}

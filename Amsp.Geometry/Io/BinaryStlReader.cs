using System.Buffers.Binary;

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
        var builder = new MeshBuilder(n, limits);
        const int ChunkTriangles = 8192;
        var buffer = new byte[ChunkTriangles * Record];
        var done = 0;
        var nextReport = 0;
        while (done < n)
        {
            var take = Math.Min(ChunkTriangles, n - done);
            var chunk = buffer.AsSpan(0, take * Record);
            stream.ReadExactly(chunk);
            for (var t = 0; t < take; t++)
            {
                var r = chunk.Slice((t * Record) + 12, 36);
                var x0 = Read(r, 0, done + t);
                var y0 = Read(r, 4, done + t);
                var z0 = Read(r, 8, done + t);
                var x1 = Read(r, 12, done + t);
                var y1 = Read(r, 16, done + t);
                var z1 = Read(r, 20, done + t);
                var x2 = Read(r, 24, done + t);
                var y2 = Read(r, 28, done + t);
                var z2 = Read(r, 32, done + t);
                var a = builder.AddVertex(x0, y0, z0);
                var b = builder.AddVertex(x1, y1, z1);
                var c = builder.AddVertex(x2, y2, z2);
                builder.AddTriangle(a, b, c);
            }

            done += take;
            if (progress is not null && done >= nextReport)
            {
                progress.Report((double)done / n);
                nextReport = done + (n / 100) + 1;
            }
        }

        return builder.Build();
    }

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

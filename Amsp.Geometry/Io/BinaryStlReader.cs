using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        var expected = HeaderSize + (Record * (long)count);
        if (expected != length)
        {
            throw new MeshFormatException(SizeMismatch(count, length, expected));
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
        // The batched weld reads floats as the machine stores them, so only on little-endian machines; the plain reader serves others.
        var start = stream.Position;
        if (BitConverter.IsLittleEndian && PartitionedWeld.Read(stream, n, limits, progress) is { } mesh)
        {
            return mesh;
        }

        stream.Position = start; // a bad coordinate: the plain reader names the first bad triangle
        var indices = LargeArrays.Uninitialized<int>(n * 3);
        var welder = new VertexWelder((n / 2) + 16, limits);
        WeldRange(stream, 0, n, indices, welder, progress);

        return new Mesh(welder.Positions, welder.VertexCount, indices, n);
    }

    /// <summary>Says what is wrong when the size equation fails: bytes missing (truncated) or bytes past the last triangle.</summary>
    private static string SizeMismatch(uint count, long length, long expected)
    {
        if (length > expected)
        {
            return $"Binary STL header declares {count} triangles, which end at byte {expected}, but the file has {length - expected} bytes past the last triangle; the file is corrupt.";
        }

        var whole = (length - HeaderSize) / Record;
        return $"Binary STL header declares {count} triangles ({expected} bytes) but the file has {length} bytes, {expected - length} short: it is truncated after {whole} whole triangles.";
    }

    private static void WeldChunk(ReadOnlySpan<byte> chunk, int first, int take, int[] indices, VertexWelder welder)
    {
        if (!BitConverter.IsLittleEndian)
        {
            WeldChunkPortable(chunk, first, take, indices, welder);
            return;
        }

        ref var start = ref MemoryMarshal.GetReference(chunk);
        for (var t = 0; t < take; t++)
        {
            ref var r = ref Unsafe.Add(ref start, (t * Record) + 12);
            var triangle = first + t;
            // All nine coordinates are checked at once: a float is not finite when its exponent bits are all set.
            var exponents = 0u;
            for (var k = 0; k < 36; k += 4)
            {
                var bits = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r, k));
                exponents |= (bits & 0x7F800000u) == 0x7F800000u ? 1u : 0u;
            }

            if (exponents != 0)
            {
                throw new MeshFormatException($"Triangle {triangle} has a coordinate that is not a finite number.");
            }

            var o = triangle * 3;
            indices[o] = welder.AddVertex(F(ref r, 0), F(ref r, 4), F(ref r, 8));
            indices[o + 1] = welder.AddVertex(F(ref r, 12), F(ref r, 16), F(ref r, 20));
            indices[o + 2] = welder.AddVertex(F(ref r, 24), F(ref r, 28), F(ref r, 32));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float F(ref byte r, int offset) => Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref r, offset));

    private static void WeldChunkPortable(ReadOnlySpan<byte> chunk, int first, int take, int[] indices, VertexWelder welder)
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

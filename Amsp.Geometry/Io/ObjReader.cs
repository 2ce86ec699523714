using System.Buffers.Text;

namespace Amsp.Geometry.Io;

/// <summary>
/// Wavefront OBJ: <c>v x y z [w | r g b]</c> and <c>f</c> with 1-based or negative (relative) indices in the
/// forms <c>i</c>, <c>i/t</c>, <c>i//n</c>, <c>i/t/n</c>. Polygons are triangulated as a fan; other statements are ignored.
/// </summary>
internal static class ObjReader
{
    public static Mesh Read(Stream stream, long length, MeshReadLimits limits, IProgress<double>? progress)
    {
        var estimate = (int)Math.Clamp(length / 60, 16, limits.MaxTriangles);
        var builder = new MeshBuilder(estimate, limits);
        var reader = new LineReader(stream, limits.MaxLineLength);
        var welded = new int[1024];
        var fileVertices = 0;
        var polygon = new List<int>(8);
        long nextReport = 0;
        while (reader.TryReadLine(out var line))
        {
            var rest = line;
            var keyword = TextNumbers.NextToken(ref rest);
            if (keyword.SequenceEqual("v"u8))
            {
                var x = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), reader.LineNumber);
                var y = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), reader.LineNumber);
                var z = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), reader.LineNumber);
                if (fileVertices == welded.Length)
                {
                    if (fileVertices >= limits.MaxVertices)
                    {
                        throw new MeshFormatException($"The file has more than {limits.MaxVertices} vertices.");
                    }

                    Array.Resize(ref welded, welded.Length * 2);
                }

                welded[fileVertices++] = builder.AddVertex(x, y, z);
            }
            else if (keyword.SequenceEqual("f"u8))
            {
                polygon.Clear();
                while (true)
                {
                    var token = TextNumbers.NextToken(ref rest);
                    if (token.IsEmpty)
                    {
                        break;
                    }

                    polygon.Add(welded[ResolveIndex(token, fileVertices, reader.LineNumber)]);
                }

                if (polygon.Count < 3)
                {
                    throw new MeshFormatException($"Line {reader.LineNumber}: a face needs at least three vertices.");
                }

                for (var i = 1; i + 1 < polygon.Count; i++)
                {
                    if (builder.TriangleCount >= limits.MaxTriangles)
                    {
                        throw new MeshFormatException($"The file has more than {limits.MaxTriangles} triangles.");
                    }

                    builder.AddTriangle(polygon[0], polygon[i], polygon[i + 1]);
                }
            }

            if (progress is not null && reader.BytesRead >= nextReport)
            {
                progress.Report((double)reader.BytesRead / Math.Max(1, length));
                nextReport = reader.BytesRead + (length / 100) + 1;
            }
        }

        return builder.Build();
    }

    private static int ResolveIndex(ReadOnlySpan<byte> token, int vertexCount, long line)
    {
        var slash = token.IndexOf((byte)'/');
        var number = slash >= 0 ? token[..slash] : token;
        if (!Utf8Parser.TryParse(number, out long index, out var used) || used != number.Length || index == 0)
        {
            throw new MeshFormatException($"Line {line}: invalid face index.");
        }

        var resolved = index > 0 ? index - 1 : vertexCount + index;
        if (resolved < 0 || resolved >= vertexCount)
        {
            throw new MeshFormatException($"Line {line}: face index {index} refers to a vertex that does not exist.");
        }

        return (int)resolved;
    }
}

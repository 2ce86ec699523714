namespace Amsp.Geometry.Io;

/// <summary>
/// ASCII STL: only <c>vertex</c> lines carry data; every three of them make a facet. The keywords around them
/// (<c>facet</c>, <c>outer loop</c>, <c>endloop</c>, <c>endfacet</c>, <c>endsolid</c>) are followed to notice files
/// that are not clean: a missing keyword is recovered from (the vertices still make the facet) and reported as a
/// warning on the mesh; a loop without exactly three vertices, or a file ending inside a facet, is refused.
/// </summary>
internal static class AsciiStlReader
{
    public static Mesh Read(Stream stream, long length, MeshReadLimits limits, IProgress<double>? progress)
    {
        // About 250 bytes per facet in practice; the estimate only sizes the first arrays.
        var estimate = (int)Math.Clamp(length / 250, 16, limits.MaxTriangles);
        var builder = new MeshBuilder(estimate, limits);
        var reader = new LineReader(stream, limits.MaxLineLength);
        var facets = new AsciiStlStructure();
        Span<int> corner = stackalloc int[3];
        var k = 0;
        var sawSolid = false;
        long nextReport = 0;
        while (reader.TryReadLine(out var line))
        {
            var rest = line;
            var keyword = TextNumbers.NextToken(ref rest);
            var lineNumber = reader.LineNumber;
            if (keyword.SequenceEqual("vertex"u8))
            {
                var x = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), lineNumber);
                var y = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), lineNumber);
                var z = TextNumbers.ParseFinite(TextNumbers.NextToken(ref rest), lineNumber);
                facets.Vertex(lineNumber);
                corner[k++] = builder.AddVertex(x, y, z);
                if (k == 3)
                {
                    if (builder.TriangleCount >= limits.MaxTriangles)
                    {
                        throw new MeshFormatException($"The file has more than {limits.MaxTriangles} triangles.");
                    }

                    builder.AddTriangle(corner[0], corner[1], corner[2]);
                    k = 0;
                }
            }
            else if (keyword.SequenceEqual("endloop"u8) || keyword.SequenceEqual("endfacet"u8) || keyword.SequenceEqual("facet"u8)
                || keyword.SequenceEqual("outer"u8) || keyword.SequenceEqual("endsolid"u8))
            {
                if (k != 0)
                {
                    throw new MeshFormatException($"Line {lineNumber}: a facet loop does not have exactly three vertices.");
                }

                facets.Keyword(keyword, lineNumber);
            }
            else if (keyword.SequenceEqual("solid"u8))
            {
                sawSolid = true;
            }
            else if (!sawSolid && keyword.Length > 0)
            {
                throw new MeshFormatException("The file is neither binary STL nor ASCII STL.");
            }

            if (progress is not null && reader.BytesRead >= nextReport)
            {
                progress.Report((double)reader.BytesRead / Math.Max(1, length));
                nextReport = reader.BytesRead + (length / 100) + 1;
            }
        }

        if (k != 0)
        {
            throw new MeshFormatException("The ASCII STL file ends in the middle of a facet; it is truncated.");
        }

        facets.End(reader.LineNumber);
        return builder.Build(facets.Warnings());
    }
}

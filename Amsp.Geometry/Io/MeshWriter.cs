using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Amsp.Geometry.Io;

/// <summary>Writes binary STL or 3MF (millimetres, one object, one build item).</summary>
public static class MeshWriter
{
    /// <summary>Writes by extension: <c>.3mf</c> as 3MF, anything else as binary STL.</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="path">Destination file.</param>
    public static void Write(Mesh mesh, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (string.Equals(Path.GetExtension(path), ".3mf", StringComparison.OrdinalIgnoreCase))
        {
            WriteThreeMf(mesh, stream);
        }
        else
        {
            WriteBinaryStl(mesh, stream);
        }
    }

    /// <summary>Writes binary STL with unit normals computed from the vertices and zero attribute bytes.</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="stream">Destination.</param>
    public static void WriteBinaryStl(Mesh mesh, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[84];
        "binary STL written by Amsp.Geometry"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(80), (uint)mesh.TriangleCount);
        stream.Write(header);
        var buffer = new byte[50 * 4096];
        var p = mesh.PositionArray;
        var idx = mesh.IndexArray;
        var fill = 0;
        for (var t = 0; t < mesh.TriangleCount; t++)
        {
            var a = mesh.Vertex(idx[t * 3]);
            var n = Vec3.Cross(mesh.Vertex(idx[(t * 3) + 1]) - a, mesh.Vertex(idx[(t * 3) + 2]) - a);
            var len = n.Length;
            n = len > 0 ? n * (1 / len) : default;
            var r = buffer.AsSpan(fill, 50);
            BinaryPrimitives.WriteSingleLittleEndian(r, (float)n.X);
            BinaryPrimitives.WriteSingleLittleEndian(r[4..], (float)n.Y);
            BinaryPrimitives.WriteSingleLittleEndian(r[8..], (float)n.Z);
            for (var k = 0; k < 3; k++)
            {
                var v = idx[(t * 3) + k] * 3;
                BinaryPrimitives.WriteSingleLittleEndian(r[(12 + (k * 12))..], p[v]);
                BinaryPrimitives.WriteSingleLittleEndian(r[(16 + (k * 12))..], p[v + 1]);
                BinaryPrimitives.WriteSingleLittleEndian(r[(20 + (k * 12))..], p[v + 2]);
            }

            r[48] = 0;
            r[49] = 0;
            fill += 50;
            if (fill == buffer.Length)
            {
                stream.Write(buffer, 0, fill);
                fill = 0;
            }
        }

        stream.Write(buffer, 0, fill);
    }

    /// <summary>Writes a 3MF package in millimetres.</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="stream">Destination.</param>
    public static void WriteThreeMf(Mesh mesh, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/></Types>
            """);
        WriteEntry(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/></Relationships>
            """);
        var entry = zip.CreateEntry("3D/3dmodel.model", CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model unit=\"millimeter\" xml:lang=\"en-US\" xmlns=\"http://schemas.microsoft.com/3dmanufacturing/core/2015/02\">\n<resources>\n<object id=\"1\" type=\"model\">\n<mesh>\n<vertices>\n");
        var p = mesh.Positions;
        for (var v = 0; v < mesh.VertexCount; v++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<vertex x=\"{p[v * 3]:R}\" y=\"{p[(v * 3) + 1]:R}\" z=\"{p[(v * 3) + 2]:R}\"/>\n"));
        }

        writer.Write("</vertices>\n<triangles>\n");
        var t = mesh.Indices;
        for (var i = 0; i < t.Length; i += 3)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<triangle v1=\"{t[i]}\" v2=\"{t[i + 1]}\" v3=\"{t[i + 2]}\"/>\n"));
        }

        writer.Write("</triangles>\n</mesh>\n</object>\n</resources>\n<build>\n<item objectid=\"1\"/>\n</build>\n</model>\n");
    }

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

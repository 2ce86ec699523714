using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Amsp.Geometry.Tests.Io;

/// <summary>Builds model files in memory, well-formed or deliberately broken.</summary>
internal static class FileBuilder
{
    public static byte[] BinaryStl(float[] soup, string header = "", uint? declaredCount = null)
    {
        var n = soup.Length / 9;
        var bytes = new byte[84 + (50 * n)];
        Encoding.ASCII.GetBytes(header).CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(80), declaredCount ?? (uint)n);
        for (var t = 0; t < n; t++)
        {
            for (var k = 0; k < 9; k++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(84 + (50 * t) + 12 + (4 * k)), soup[(t * 9) + k]);
            }
        }

        return bytes;
    }

    public static string AsciiStl(float[] soup)
    {
        var s = new StringBuilder("solid test\n");
        for (var t = 0; t < soup.Length; t += 9)
        {
            s.Append("  facet normal 0 0 0\n    outer loop\n");
            for (var k = 0; k < 9; k += 3)
            {
                s.Append(FormattableString.Invariant($"      vertex {soup[t + k]:R} {soup[t + k + 1]:R} {soup[t + k + 2]:R}\n"));
            }

            s.Append("    endloop\n  endfacet\n");
        }

        return s.Append("endsolid test\n").ToString();
    }

    public static byte[] ThreeMf(string model, params (string Name, byte[] Content)[] extra)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "3D/3dmodel.model", Encoding.UTF8.GetBytes(model));
            foreach (var (name, content) in extra)
            {
                Add(zip, name, content);
            }
        }

        return ms.ToArray();
    }

    /// <summary>A 3MF model document around the given resources and build.</summary>
    public static string Model(string resources, string build, string unit = "millimeter") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><model unit="{unit}" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"><resources>{resources}</resources><build>{build}</build></model>""";

    /// <summary>A unit cube object as 3MF XML.</summary>
    public static string CubeObject(int id)
    {
        var cube = MeshFactory.Cube(1);
        var s = new StringBuilder($"<object id=\"{id}\" type=\"model\"><mesh><vertices>");
        for (var v = 0; v < cube.VertexCount; v++)
        {
            var p = cube.Vertex(v);
            s.Append(FormattableString.Invariant($"<vertex x=\"{p.X}\" y=\"{p.Y}\" z=\"{p.Z}\"/>"));
        }

        s.Append("</vertices><triangles>");
        var idx = cube.Indices;
        for (var i = 0; i < idx.Length; i += 3)
        {
            s.Append(FormattableString.Invariant($"<triangle v1=\"{idx[i]}\" v2=\"{idx[i + 1]}\" v3=\"{idx[i + 2]}\"/>"));
        }

        return s.Append("</triangles></mesh></object>").ToString();
    }

    public static Mesh Read(byte[] content, string name = "model.stl") => Geometry.Io.MeshReader.Read(new MemoryStream(content), name);

    public static Mesh Read(string content, string name = "model.stl") => Read(Encoding.UTF8.GetBytes(content), name);

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(content);
    }
}

using System.Text;
using Amsp.Geometry.Io;
using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

public class MalformedInputTests
{
    private static readonly float[] CubeSoup = MeshFactory.Soup(MeshFactory.Cube(1));

    [Fact]
    public void An_empty_file_is_refused() => Refused(Array.Empty<byte>(), "empty");

    [Fact]
    public void A_binary_stl_cut_short_is_refused() => Refused(BinaryStl(CubeSoup)[..^20], "truncated");

    [Fact]
    public void A_header_count_that_does_not_match_the_size_is_refused() => Refused(BinaryStl(CubeSoup, declaredCount: 11), "declares 11 triangles");

    [Fact]
    public void An_absurd_header_count_is_refused_before_allocating() => Refused(BinaryStl(CubeSoup, declaredCount: uint.MaxValue), "declares 4294967295");

    [Fact]
    public void A_count_over_the_limit_is_refused()
    {
        var e = Assert.Throws<MeshFormatException>(() =>
            MeshReader.Read(new MemoryStream(BinaryStl(CubeSoup)), "a.stl", new MeshReadLimits { MaxTriangles = 5 }));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_alone_is_refused() => Refused(BinaryStl([]), "no triangles");

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Non_finite_binary_coordinates_are_refused(float bad)
    {
        var soup = (float[])CubeSoup.Clone();
        soup[40] = bad;
        Refused(BinaryStl(soup), "finite");
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("1e39")]
    public void Non_finite_ascii_coordinates_are_refused(string bad) =>
        Refused(AsciiStl(CubeSoup).Replace("vertex 1 ", $"vertex {bad} ", StringComparison.Ordinal), "finite");

    [Fact]
    public void An_ascii_stl_ending_inside_a_facet_is_refused()
    {
        var text = AsciiStl(CubeSoup);
        Refused(text[..text.LastIndexOf("vertex", StringComparison.Ordinal)], "truncated");
    }

    [Fact]
    public void An_ascii_stl_with_a_bad_number_is_refused() =>
        Refused(AsciiStl(CubeSoup).Replace("vertex 1 ", "vertex one ", StringComparison.Ordinal), "expected a number");

    [Fact]
    public void Random_bytes_are_refused() => Refused(Enumerable.Range(0, 1000).Select(i => (byte)((i * 7919) % 251)).ToArray(), "");

    [Fact]
    public void A_text_file_that_is_no_mesh_is_refused() => Refused(Encoding.UTF8.GetBytes("hello, this is a letter and not a mesh\n"), "");

    [Fact]
    public void A_solid_without_facets_is_refused() => Refused("solid empty\nendsolid empty\n", "no triangles");

    [Fact]
    public void A_text_line_without_end_is_refused()
    {
        var e = Assert.Throws<MeshFormatException>(() => MeshReader.Read(
            new MemoryStream(Encoding.ASCII.GetBytes("solid x\n" + new string('a', 5000))), "a.stl", new MeshReadLimits { MaxLineLength = 1000 }));
        Assert.Contains("longer than", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", "does not exist")]
    [InlineData("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n", "invalid face index")]
    [InlineData("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -4 -2 -1\n", "does not exist")]
    [InlineData("v 0 0 0\nv 1 0 0\nf 1 2\n", "at least three")]
    [InlineData("v 0 0\n", "expected a number")]
    [InlineData("v 0 0 0\n", "no triangles")]
    public void Broken_obj_files_are_refused(string obj, string message) => Refused(Encoding.UTF8.GetBytes(obj), message, "m.obj");

    [Fact]
    public void A_3mf_that_is_not_a_zip_is_refused() => Refused(Encoding.UTF8.GetBytes("<model/>"), "not a ZIP", "a.3mf");

    [Fact]
    public void A_corrupt_zip_is_refused() => Refused(Encoding.ASCII.GetBytes("PK\u0003\u0004garbage that is not a zip"), "ZIP", "a.3mf");

    [Fact]
    public void A_3mf_without_a_model_part_is_refused() =>
        Refused(ZipWith(("readme.txt", "hi")), "no 3D model part", "a.3mf");

    [Fact]
    public void A_3mf_with_broken_xml_is_refused() => Refused(ThreeMf("<model><resources>"), "not valid XML", "a.3mf");

    [Fact]
    public void A_3mf_with_a_dtd_is_refused()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><model>&b;</model>""";
        var e = Assert.Throws<MeshFormatException>(() => Read(ThreeMf(xml), "a.3mf"));
        Assert.Equal("The 3MF model contains a DTD (<!DOCTYPE ...>); DTDs are refused.", e.Message);
    }

    [Fact]
    public void A_3mf_expanding_beyond_the_limit_is_refused()
    {
        var huge = Model(CubeObject(1) + new string(' ', 1 << 20), """<item objectid="1"/>""");
        var e = Assert.Throws<MeshFormatException>(() => MeshReader.Read(
            new MemoryStream(ThreeMf(huge)), "a.3mf", new MeshReadLimits { MaxUncompressedBytes = 100_000 }));
        Assert.Contains("bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_3mf_with_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, 20).Select(i => ($"junk/{i}", new byte[1])).ToArray();
        var e = Assert.Throws<MeshFormatException>(() => MeshReader.Read(
            new MemoryStream(ThreeMf(Model(CubeObject(1), """<item objectid="1"/>"""), entries)), "a.3mf", new MeshReadLimits { MaxZipEntries = 10 }));
        Assert.Contains("entries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_cycle_is_refused() => Refused(ThreeMf(Model(
        """<object id="1"><components><component objectid="2"/></components></object><object id="2"><components><component objectid="1"/></components></object>""",
        """<item objectid="1"/>""")), "cycle", "a.3mf");

    [Fact]
    public void Components_instancing_beyond_the_triangle_limit_are_refused_before_expanding()
    {
        // Each level holds the previous one ten times: 12 × 10^6 triangles from a few hundred bytes.
        var levels = string.Concat(Enumerable.Range(2, 6).Select(i =>
            $"<object id=\"{i}\"><components>{string.Concat(Enumerable.Repeat($"<component objectid=\"{i - 1}\"/>", 10))}</components></object>"));
        var e = Assert.Throws<MeshFormatException>(() => MeshReader.Read(
            new MemoryStream(ThreeMf(Model(CubeObject(1) + levels, """<item objectid="7"/>"""))), "a.3mf", new MeshReadLimits { MaxTriangles = 1_000_000 }));
        Assert.Contains("components are expanded", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<item objectid="9"/>""", "does not exist")]
    [InlineData("", "no build items")]
    public void A_3mf_build_referring_to_nothing_is_refused(string build, string message) =>
        Refused(ThreeMf(Model(CubeObject(1), build)), message, "a.3mf");

    [Fact]
    public void A_3mf_triangle_with_a_bad_vertex_index_is_refused() =>
        Refused(ThreeMf(Model(CubeObject(1).Replace("v3=\"1\"", "v3=\"99\"", StringComparison.Ordinal), """<item objectid="1"/>""")), "does not exist", "a.3mf");

    [Fact]
    public void An_unknown_3mf_unit_is_refused() =>
        Refused(ThreeMf(Model(CubeObject(1), """<item objectid="1"/>""", "furlong")), "Unknown 3MF unit", "a.3mf");

    [Fact]
    public void A_non_finite_3mf_coordinate_is_refused() =>
        Refused(ThreeMf(Model(CubeObject(1).Replace("x=\"1\"", "x=\"NaN\"", StringComparison.Ordinal), """<item objectid="1"/>""")), "non-finite", "a.3mf");

    [Fact]
    public void A_missing_file_is_an_io_error_not_a_crash() =>
        Assert.ThrowsAny<IOException>(() => MeshReader.Read("/nonexistent/amsp/model.stl"));

    private static byte[] ZipWith(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return ms.ToArray();
    }

    private static void Refused(string content, string message, string name = "model.stl") => Refused(Encoding.UTF8.GetBytes(content), message, name);

    private static void Refused(byte[] content, string message, string name = "model.stl")
    {
        var e = Assert.Throws<MeshFormatException>(() => Read(content, name));
        Assert.Contains(message, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', e.Message);
    }
}

using System.IO.Compression;
using System.Text;
using Amsp.Geometry.Analysis;
using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

/// <summary>What the readers say about files that are not clean, and how early they refuse hostile ones.</summary>
public class RecoveryAndRefusalTests
{
    private static readonly float[] CubeSoup = MeshFactory.Soup(MeshFactory.Cube(1));

    [Fact]
    public void Trailing_bytes_after_a_binary_stl_are_named_as_such()
    {
        var bytes = BinaryStl(CubeSoup).Concat(new byte[20]).ToArray();
        var e = Assert.Throws<MeshFormatException>(() => Read(bytes));
        Assert.Contains("declares 12 triangles", e.Message, StringComparison.Ordinal);
        Assert.Contains("20 bytes past the last triangle", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("holds 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_binary_stl_says_how_many_whole_triangles_it_holds()
    {
        var e = Assert.Throws<MeshFormatException>(() => Read(BinaryStl(CubeSoup)[..^60]));
        Assert.Contains("truncated after 10 whole triangles", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_endloop_is_read_and_reported_as_a_warning()
    {
        var text = AsciiStl(CubeSoup);
        var at = text.IndexOf("    endloop\n", StringComparison.Ordinal);
        var broken = text.Remove(at, "    endloop\n".Length);
        var mesh = Read(broken);
        var r = MeshCheck.Check(mesh);
        Assert.Equal((12, true), (r.Triangles, r.Watertight));
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("'endloop'", warning, StringComparison.Ordinal);
        Assert.Contains("first at line 7", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_ascii_stl_has_no_warning() => Assert.Empty(MeshCheck.Check(Read(AsciiStl(CubeSoup))).Warnings);

    [Fact]
    public void Missing_endfacet_and_endsolid_are_warnings_too()
    {
        var broken = AsciiStl(CubeSoup).Replace("  endfacet\n", "", StringComparison.Ordinal).Replace("endsolid test\n", "", StringComparison.Ordinal);
        var warnings = Read(broken).Warnings;
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("'endfacet'", StringComparison.Ordinal) && w.Contains("12 time(s)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'endsolid'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_part_that_would_expand_hundreds_of_times_is_refused_before_inflating()
    {
        // A cube and 4 MiB of spaces: deflate squeezes that about a thousand times.
        var bomb = Model(CubeObject(1) + new string(' ', 4 << 20), """<item objectid="1"/>""");
        var e = Assert.Throws<MeshFormatException>(() => Read(ThreeMf(bomb), "a.3mf"));
        Assert.Contains("ZIP bomb", e.Message, StringComparison.Ordinal);
        Assert.Contains("times", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_part_that_compresses_well_is_still_read()
    {
        var padded = Model(CubeObject(1) + new string(' ', 500_000), """<item objectid="1"/>""");
        Assert.Equal(12, Read(ThreeMf(padded), "a.3mf").TriangleCount);
    }

    [Fact]
    public void A_stored_part_larger_than_its_declared_size_is_refused()
    {
        var model = Encoding.UTF8.GetBytes(Model(CubeObject(1), """<item objectid="1"/>"""));
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("3D/3dmodel.model", CompressionLevel.NoCompression).Open();
            s.Write(model);
        }

        // Lower the uncompressed size in the local header (offset 22) and the central directory (offset 24).
        var bytes = ms.ToArray();
        var declared = (uint)(model.Length / 2);
        BitConverter.GetBytes(declared).CopyTo(bytes, 22);
        var central = bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BitConverter.GetBytes(declared).CopyTo(bytes, central + 24);
        var e = Assert.ThrowsAny<MeshFormatException>(() => Read(bytes, "a.3mf"));
        Assert.DoesNotContain('\n', e.Message);
    }
}

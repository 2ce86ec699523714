using System.Text.Json;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;

namespace Amsp.Geometry.Tests.Io;

public class SampleModelTests
{
    public static TheoryData<string> Files() => [.. Expected().Select(e => e.GetProperty("file").GetString()!)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_model_has_its_measured_properties(string file)
    {
        var expected = Expected().Single(e => e.GetProperty("file").GetString() == file);
        var r = MeshCheck.Check(MeshReader.Read(Path.Combine("Samples", file)));

        Assert.Equal(expected.GetProperty("triangles").GetInt32(), r.Triangles);
        Assert.Equal(expected.GetProperty("vertices").GetInt32(), r.Vertices);
        Assert.Equal(expected.GetProperty("shells").GetInt32(), r.Shells);
        Assert.Equal(expected.GetProperty("closed").GetBoolean(), r.Watertight);
        Assert.Equal((0, 0, 0, 0, 0, 0), (r.NonManifoldVertices, r.DegenerateFaces, r.DuplicateFaces, r.FlippedFaces, r.InvertedShells, r.Holes));
        Assert.Equal(expected.GetProperty("volume").GetDouble(), r.Volume, 0.0002);
        Assert.Equal(expected.GetProperty("area").GetDouble(), r.Area, 0.0002);
        Assert.Equal(expected.GetProperty("units").GetString(), r.Units);
        var min = expected.GetProperty("bboxMin").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var max = expected.GetProperty("bboxMax").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        for (var axis = 0; axis < 3; axis++)
        {
            Assert.Equal(min[axis], r.BboxMin[axis], 0.0001);
            Assert.Equal(max[axis], r.BboxMax[axis], 0.0001);
        }
    }

    [Fact]
    public void The_3mf_bracket_matches_the_stl_bracket()
    {
        var stl = MeshCheck.Check(MeshReader.Read("Samples/bracket.stl"));
        var threeMf = MeshCheck.Check(MeshReader.Read("Samples/bracket.3mf"));
        Assert.Equal((stl.Triangles, stl.Vertices, stl.Shells), (threeMf.Triangles, threeMf.Vertices, threeMf.Shells));
        Assert.Equal(stl.Volume, threeMf.Volume, 0.002);
        Assert.Equal(stl.BboxMax, threeMf.BboxMax);
    }

    [Fact]
    public void The_panel_fits_no_common_printer_in_any_orientation()
    {
        var r = MeshCheck.Check(MeshReader.Read("Samples/too_big_panel.stl"), new CheckOptions { BuildVolume = new Vec3(220, 220, 250) });
        Assert.False(r.FitsBuildVolume);
    }

    private static JsonElement[] Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText("Samples/models.json"));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}

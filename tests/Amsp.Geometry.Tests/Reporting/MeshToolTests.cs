using System.Text.Json;
using Amsp.Geometry.Io;
using Amsp.Geometry.Reporting;

namespace Amsp.Geometry.Tests.Reporting;

public class MeshToolTests
{
    private static readonly string[] CheckFields =
    [
        "triangles", "vertices", "shells", "boundaryEdges", "holes", "nonManifoldEdges", "degenerateFaces",
        "duplicateFaces", "flippedFaces", "volume", "area", "bboxMin", "bboxMax", "watertight", "units",
    ];

    [Fact]
    public void Check_json_has_the_agreed_field_names_and_values()
    {
        var json = Run(o => MeshTool.Check("Samples/spur_gear.stl", json: true, o));
        foreach (var field in CheckFields)
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }

        Assert.Equal(2100, json.GetProperty("triangles").GetInt32());
        Assert.True(json.GetProperty("watertight").GetBoolean());
        Assert.Equal(-25.9901, json.GetProperty("bboxMin")[0].GetDouble(), 4);
        Assert.Equal("mm", json.GetProperty("units").GetString());
    }

    [Fact]
    public void Repair_json_lists_actions_and_the_check_after()
    {
        var input = Temp("holed.stl");
        var output = Temp("fixed.3mf");
        try
        {
            var sphere = MeshFactory.Sphere();
            var faces = MeshFactory.Faces(sphere);
            faces.RemoveRange(0, 3);
            MeshWriter.Write(MeshFactory.WithFaces(sphere, faces), input);
            var json = Run(o => MeshTool.Repair(input, output, json: true, o));
            Assert.Equal(1, json.GetProperty("holes").GetInt32());
            var fill = json.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("action").GetString() == "fillHoles");
            Assert.Equal(1, fill.GetProperty("count").GetInt32());
            Assert.True(json.GetProperty("after").GetProperty("watertight").GetBoolean());
            Assert.Equal(0, json.GetProperty("repairWarnings").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, json.GetProperty("volume").ValueKind);
            Assert.Equal(json.GetProperty("volumeIfClosed").GetDouble(), json.GetProperty("after").GetProperty("volume").GetDouble(), 3);
            Assert.Equal(sphere.TriangleCount, MeshReader.Read(output).TriangleCount);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public void An_open_mesh_reports_volume_null_with_its_volume_if_closed_and_warnings()
    {
        var input = Temp("open.stl");
        try
        {
            var faces = MeshFactory.Faces(MeshFactory.Cube(10));
            faces.RemoveRange(0, 3);
            MeshWriter.Write(MeshFactory.WithFaces(MeshFactory.Cube(10), faces), input);
            var json = Run(o => MeshTool.Check(input, json: true, o));
            Assert.Equal(JsonValueKind.Null, json.GetProperty("volume").ValueKind);
            Assert.Equal(1000, json.GetProperty("volumeIfClosed").GetDouble());
            Assert.Equal(0, json.GetProperty("watertightShells").GetInt32());
            Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
            var closed = Run(o => MeshTool.Check("Samples/spur_gear.stl", json: true, o));
            Assert.Equal(closed.GetProperty("volume").GetDouble(), closed.GetProperty("volumeIfClosed").GetDouble());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Compare_json_gives_similarity_and_identity()
    {
        var json = Run(o => MeshTool.Compare("Samples/bracket.stl", "Samples/bracket.3mf", json: true, o));
        Assert.True(json.GetProperty("similarity").GetDouble() > 0.9);
        var same = Run(o => MeshTool.Compare("Samples/bracket.stl", "Samples/bracket.stl", json: true, o));
        Assert.True(same.GetProperty("identical").GetBoolean());
        Assert.Equal(1, same.GetProperty("similarity").GetDouble());
    }

    [Fact]
    public void Fingerprint_json_has_a_sha256()
    {
        var json = Run(o => MeshTool.Fingerprint("Samples/tiny_inch_part.stl", json: true, o));
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Text_output_is_one_field_per_line()
    {
        using var o = new StringWriter();
        MeshTool.Check("Samples/tiny_inch_part.stl", json: false, o);
        Assert.Contains("units: inch", o.ToString(), StringComparison.Ordinal);
        Assert.Contains("watertight: yes", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_raises_a_typed_error_and_prints_nothing()
    {
        var path = Temp("bad.stl");
        File.WriteAllBytes(path, new byte[100]);
        try
        {
            using var o = new StringWriter();
            Assert.Throws<MeshFormatException>(() => MeshTool.Check(path, json: true, o));
            Assert.Empty(o.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"amsp-{Guid.NewGuid():N}-{name}");

    private static JsonElement Run(Action<TextWriter> verb)
    {
        using var o = new StringWriter();
        verb(o);
        using var doc = JsonDocument.Parse(o.ToString());
        return doc.RootElement.Clone();
    }
}

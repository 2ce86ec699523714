using Amsp.Geometry.Analysis;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Io;
using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

public class MeshReaderTests
{
    private static readonly float[] CubeSoup = MeshFactory.Soup(MeshFactory.Cube(1));

    [Fact]
    public void A_binary_stl_whose_header_starts_with_solid_is_read_as_binary()
    {
        var mesh = Read(BinaryStl(CubeSoup, header: "solid cube exported by a CAD tool"));
        Assert.Equal((12, 8), (mesh.TriangleCount, mesh.VertexCount));
    }

    [Fact]
    public void An_ascii_stl_is_read_and_welded()
    {
        var r = MeshCheck.Check(Read(AsciiStl(CubeSoup)));
        Assert.Equal((12, 8, true), (r.Triangles, r.Vertices, r.Watertight));
        Assert.Equal(1, r.Volume, 9);
    }

    [Fact]
    public void Negative_and_positive_zero_are_one_vertex()
    {
        var soup = (float[])CubeSoup.Clone();
        soup[0] = -0f;
        Assert.Equal(8, Read(BinaryStl(soup)).VertexCount);
    }

    [Fact]
    public void Obj_polygons_negative_indices_and_extra_vertex_fields_are_understood()
    {
        const string obj = """
            # a unit cube as quads
            v 0 0 0 1.0
            v 1 0 0 0.5 0.5 0.5
            v 1 1 0
            v 0 1 0
            v 0 0 1
            v 1 0 1
            v 1 1 1
            v 0 1 1
            vn 0 0 1
            f 1/1/1 4/1/1 3/1/1 2/1/1
            f 5//1 6//1 7//1 8//1
            f -8 -7 -3 -4
            f 2 3 7 6
            f 3 4 8 7
            f 4 1 5 8
            """;
        var r = MeshCheck.Check(Read(obj, "cube.obj"));
        Assert.Equal((12, 8, true, 0), (r.Triangles, r.Vertices, r.Watertight, r.FlippedFaces));
        Assert.Equal(1, r.Volume, 9);
    }

    [Fact]
    public void A_3mf_build_applies_components_item_transforms_and_units()
    {
        // Object 2 holds object 1 twice (once moved by 2 along x); the item moves everything by 10 along z; units are inches.
        var model = Model(
            CubeObject(1) + """<object id="2" type="model"><components><component objectid="1"/><component objectid="1" transform="1 0 0 0 1 0 0 0 1 2 0 0"/></components></object>""",
            """<item objectid="2" transform="1 0 0 0 1 0 0 0 1 0 0 10"/>""",
            unit: "inch");
        var r = MeshCheck.Check(Read(ThreeMf(model), "part.3mf"));
        Assert.Equal((24, 2), (r.Triangles, r.Shells));
        Assert.Equal(2 * 25.4 * 25.4 * 25.4, r.Volume, 0.05); // float32 coordinates
        Assert.Equal(new Vec3(0, 0, 254), r.BboxMin);
        Assert.Equal(3 * 25.4, r.BboxMax.X, 4);
    }

    [Theory]
    [InlineData("micron", 0.001)]
    [InlineData("millimeter", 1)]
    [InlineData("centimeter", 10)]
    [InlineData("inch", 25.4)]
    [InlineData("foot", 304.8)]
    [InlineData("meter", 1000)]
    public void Every_3mf_unit_is_converted_to_millimetres(string unit, double scale)
    {
        var mesh = Read(ThreeMf(Model(CubeObject(1), """<item objectid="1"/>""", unit)), "cube.3mf");
        Assert.Equal(1, MeshCheck.BoundingBox(mesh).Max.X / scale, 6);
    }

    [Fact]
    public void Written_stl_and_3mf_read_back_to_the_same_mesh()
    {
        var sphere = MeshFactory.Sphere();
        foreach (var name in new[] { "out.stl", "out.3mf" })
        {
            var path = Path.Combine(Path.GetTempPath(), $"amsp-{Guid.NewGuid():N}-{name}");
            try
            {
                MeshWriter.Write(sphere, path);
                var back = MeshReader.Read(path);
                // Reading renumbers vertices in order of first use; the canonical hash ignores numbering.
                Assert.Equal((sphere.VertexCount, sphere.TriangleCount), (back.VertexCount, back.TriangleCount));
                Assert.Equal(MeshFingerprint.Compute(sphere).Sha256, MeshFingerprint.Compute(back).Sha256);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}

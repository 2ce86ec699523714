using Amsp.Geometry.Slicing;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Slicing;

public class MeshSlicerTests
{
    [Fact]
    public void A_cube_slices_into_counter_clockwise_squares()
    {
        var slices = MeshSlicer.Slice(Cube(10), 1);

        Assert.Equal(10, slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var layer = slices[i];
            Assert.Equal(i + 0.5, layer.CutZ, 9);
            Assert.Equal(1, layer.ContourCount);
            Assert.True(layer.IsClosed(0));
            Assert.Equal(100, layer.ContourArea(0), 4); // positive: counter-clockwise seen from above
            Assert.Equal(40, layer.ContourLength, 4);
            Assert.Equal(8, layer.Contour(0).Length / 2); // a point on every cut edge, the side diagonals included
        }
    }

    [Fact]
    public void Vertices_lying_on_the_cutting_plane_keep_the_contour_closed()
    {
        // An octahedron whose four equator vertices are exactly at the cut (one 2 mm layer is cut at z = 1).
        List<Vec3> v = [new(0, 0, 0), new(1, 0, 1), new(0, 1, 1), new(-1, 0, 1), new(0, -1, 1), new(0, 0, 2)];
        List<int> f = [0, 2, 1, 0, 3, 2, 0, 4, 3, 0, 1, 4, 5, 1, 2, 5, 2, 3, 5, 3, 4, 5, 4, 1];
        var slices = MeshSlicer.Slice(Build((v, f)), 2);

        var layer = slices[0];
        Assert.Equal(1, layer.CutZ);
        Assert.Equal(1, layer.ContourCount);
        Assert.True(layer.IsClosed(0));
        Assert.Equal(2, layer.Area, 6);
        Assert.Equal(4, layer.Contour(0).Length / 2); // the four equator vertices, none repeated
    }

    [Fact]
    public void A_plane_through_a_row_of_vertices_and_horizontal_edges_cuts_a_closed_square()
    {
        // Two 10 × 10 × 1 boxes stacked, sharing the ring of vertices at z = 1 where the plane cuts.
        var slices = MeshSlicer.Slice(StackedBoxes(), 2);

        Assert.Equal(1, slices[0].CutZ);
        Assert.Equal(1, slices[0].ContourCount);
        Assert.True(slices[0].IsClosed(0));
        Assert.Equal(100, slices[0].Area, 6);
        Assert.Equal(0, slices.OpenContours);
    }

    [Fact]
    public void A_torus_cut_through_its_middle_has_an_outer_contour_and_a_hole()
    {
        var torus = Torus(20, 5, 96, 48);
        var slices = MeshSlicer.Slice(torus, LayerPlan.Uniform(10, 10)); // one layer cut at the torus's equator
        var layer = slices[0];

        Assert.Equal(2, layer.ContourCount);
        var areas = new[] { layer.ContourArea(0), layer.ContourArea(1) }.Order().ToArray();
        Assert.Equal(-Math.PI * 15 * 15, areas[0], Math.PI * 15 * 15 * 0.002); // the hole runs clockwise
        Assert.Equal(Math.PI * 25 * 25, areas[1], Math.PI * 25 * 25 * 0.002);
    }

    [Fact]
    public void Sphere_sections_follow_the_circle_areas()
    {
        var sphere = Sphere(10, 64, 128);
        var slices = MeshSlicer.Slice(sphere, 0.5);

        Assert.Equal(40, slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var z = slices[i].CutZ;
            var expected = Math.PI * ((10 * 10) - (z * z));
            Assert.Equal(expected, slices[i].Area, (expected * 0.01) + 0.5);
        }
    }

    [Fact]
    public void The_plate_is_at_the_lowest_point_of_the_mesh()
    {
        var raised = Build(Box(new Vec3(3, 4, 5), new Vec3(2, 2, 2)));
        var slices = MeshSlicer.Slice(raised, 0.5);

        Assert.Equal(4, slices.Count);
        Assert.Equal(5.25, slices[0].CutZ, 9);
        Assert.Equal(4, slices[3].Area, 6);
    }

    [Fact]
    public void A_mesh_with_a_hole_gives_open_contours_closed_by_a_straight_line()
    {
        var faces = Faces(Cube(10));
        faces.RemoveRange(12, 3); // a side triangle (y = 0) is missing
        var slices = MeshSlicer.Slice(WithFaces(Cube(10), faces), 1);

        Assert.True(slices.OpenContours > 0);
        Assert.All(Enumerable.Range(0, slices.Count), i => Assert.InRange(slices[i].Area, 50, 100.0001));
    }

    [Fact]
    public void A_crack_between_unwelded_seam_vertices_is_closed()
    {
        // A torus whose seam vertices were written twice, a hair apart (as float rounding of 2π leaves them): every
        // contour meets the crack, wherever its chaining starts.
        var slices = MeshSlicer.Slice(CrackedTorus(1e-5f), 0.5);

        Assert.Equal(0, slices.OpenContours);
        Assert.All(Enumerable.Range(0, slices.Count), i => Assert.Equal(2, slices[i].ContourCount));
        var middle = slices[slices.Count / 2];
        Assert.Equal(Math.PI * ((25 * 25) - (15 * 15)), middle.Area, 15.0); // faceted, cut a little off the equator
    }

    [Fact]
    public void A_real_gap_stays_open_and_its_contour_is_one_chain()
    {
        var slices = MeshSlicer.Slice(CrackedTorus(0.5f), 0.5);

        Assert.All(Enumerable.Range(0, slices.Count), i => Assert.Equal(2, slices[i].ContourCount));
        Assert.Equal(2 * slices.Count, slices.OpenContours);
    }

    [Fact]
    public void Slicing_is_the_same_on_every_run()
    {
        var torus = Torus(20, 5, 64, 32);
        var a = MeshSlicer.Slice(torus, 0.3);
        var b = MeshSlicer.Slice(torus, 0.3);

        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].ContourCount, b[i].ContourCount);
            for (var c = 0; c < a[i].ContourCount; c++)
            {
                Assert.True(a[i].Contour(c).SequenceEqual(b[i].Contour(c)));
            }
        }
    }

    [Theory]
    [InlineData(30, 149)]
    [InlineData(89.7245, 448)]
    [InlineData(120, 599)]
    [InlineData(0.1, 1)]
    public void Layers_are_counted_as_PrusaSlicer_counts_them(double height, int layers)
    {
        var plan = LayerPlan.Uniform(height, 0.2, 0.35);

        Assert.Equal(layers, plan.Count);
        Assert.Equal(0.35, plan.Thickness[0]);
        Assert.Equal(0.175, plan.CutHeight(0), 9);
        Assert.Equal(0.35 + ((layers - 1) * 0.2), plan.Tops[^1], 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    public void A_layer_height_that_is_not_positive_is_refused(double layerHeight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LayerPlan.Uniform(10, layerHeight));
    }

    [Fact]
    public void Too_many_layers_are_refused_before_anything_is_allocated()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LayerPlan.Uniform(1e6, 0.001));
        Assert.Contains("layers", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Torus (20, 5) whose last column of vertices repeats the first, moved by <paramref name="gap"/> along y.</summary>
    private static Mesh CrackedTorus(float gap)
    {
        const int n = 64, m = 32;
        var v = new List<Vec3>();
        for (var i = 0; i <= n; i++)
        {
            var u = 2 * Math.PI * (i % n) / n;
            for (var j = 0; j < m; j++)
            {
                var w = 2 * Math.PI * j / m;
                var d = 20 + (5 * Math.Cos(w));
                v.Add(new Vec3(d * Math.Cos(u), (d * Math.Sin(u)) + (i == n ? gap : 0), 5 * Math.Sin(w)));
            }
        }

        var f = new List<int>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                int a = (i * m) + j, b = ((i + 1) * m) + j, c = ((i + 1) * m) + ((j + 1) % m), d = (i * m) + ((j + 1) % m);
                f.AddRange([a, b, c, a, c, d]);
            }
        }

        return Build((v, f));
    }

    private static Mesh StackedBoxes()
    {
        var v = new List<Vec3>();
        for (var z = 0; z <= 2; z++)
        {
            v.AddRange([new(0, 0, z), new(10, 0, z), new(10, 10, z), new(0, 10, z)]);
        }

        var f = new List<int> { 0, 2, 1, 0, 3, 2, 8, 9, 10, 8, 10, 11 }; // bottom (down), top (up)
        for (var ring = 0; ring < 2; ring++)
        {
            for (var k = 0; k < 4; k++)
            {
                int a = (ring * 4) + k, b = (ring * 4) + ((k + 1) % 4);
                f.AddRange([a, b, b + 4, a, b + 4, a + 4]);
            }
        }

        return Build((v, f));
    }
}

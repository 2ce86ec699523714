using Amsp.Geometry.Slicing;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Slicing;

public class LayerRegionsTests
{
    private static readonly ExtrusionLayout Layout = new() { LineSpacing = 0.4, FirstLayerLineSpacing = 0.4, RowPitch = 0.05 };

    [Fact]
    public void A_block_has_solid_bottom_and_top_layers_and_sparse_infill_between()
    {
        var m = Measure(Build(Box(default, new Vec3(40, 30, 4))), 0.2);

        Assert.Equal(20, m.Length);
        var interior = Rounded(40 - (6 * 0.4), 30 - (6 * 0.4), 0.2); // three loops in, sharp slivers rounded by half a line
        for (var i = 0; i < m.Length; i++)
        {
            var solid = m[i].Solid.Area + m[i].Top.Area + m[i].Bridge.Area;
            Assert.Equal(1200, m[i].Area, 0.5);
            Assert.Equal(i is < 3 or >= 17 ? interior : 0, solid, 1.5);
            Assert.Equal(i is < 3 or >= 17 ? 0 : interior, m[i].Sparse.Area, 1.5);
            Assert.Equal(i == 19 ? interior : 0, m[i].Top.Area, 1.5);
        }

        Assert.Equal(0, m[0].Bridge.Area);
        Assert.Equal(interior, m[17].Bridge.Area, 1.5); // the first solid layer over sparse infill is a bridge
    }

    [Fact]
    public void Perimeter_paths_fill_the_band_between_the_outline_and_the_infill()
    {
        var m = Measure(Build(Box(default, new Vec3(40, 30, 2))), 0.2)[5];

        var band = 1200 - Rounded(40 - 2.4, 30 - 2.4, 0.2);
        Assert.Equal(band / 0.4, m.PerimeterLength, 1.0);
        Assert.Equal(140, m.ExternalPerimeterLength, 0.01); // the contour itself
        Assert.Equal(2 * (37.6 + 27.6), m.Solid.Outline + m.Top.Outline + m.Bridge.Outline + m.Sparse.Outline, 1.0);
    }

    [Fact]
    public void A_wall_thinner_than_the_loops_is_all_perimeter()
    {
        var m = Measure(Build(Box(default, new Vec3(40, 1, 3))), 0.2);

        Assert.All(m, l =>
        {
            Assert.Equal(40 / 0.4, l.PerimeterLength, 1.0);
            Assert.Equal(0, l.Sparse.Area + l.Solid.Area + l.Top.Area + l.Bridge.Area);
        });
    }

    [Fact]
    public void Infill_regions_smaller_than_the_limit_are_filled_solid()
    {
        var small = Measure(Build(Box(default, new Vec3(8, 8, 6))), 0.2);   // 5.6 mm square inside: 31 mm²
        var large = Measure(Build(Box(default, new Vec3(12, 12, 6))), 0.2);  // 9.6 mm square inside: 92 mm²

        Assert.All(small, l => Assert.Equal(0, l.Sparse.Area));
        Assert.True(large[15].Sparse.Area > 90);
    }

    [Fact]
    public void A_floating_block_bridges_over_air_and_a_block_on_a_pillar_bridges_around_it()
    {
        // A 20 × 20 slab from z = 4 to 6 on a 6 × 6 pillar: the slab's first layer is over air outside the pillar.
        var mesh = Build(Join(Box(new Vec3(7, 7, 0), new Vec3(6, 6, 4)), Box(new Vec3(0, 0, 4), new Vec3(20, 20, 2))));
        var m = Measure(mesh, 0.2);

        Assert.Equal(0, m[19].Bridge.Area);
        Assert.Equal(Rounded(17.6, 17.6, 0.2) - 36, m[20].Bridge.Area, 1.0);
        Assert.Equal(1, m[20].Bridge.Parts);
        Assert.Equal(1, m[20].Bridge.Holes); // the pillar's top, not bridged
    }

    [Fact]
    public void Travels_reach_every_island_and_hole()
    {
        // Two separate towers, each with a square hole.
        var tower = (Vec3 at) => Join(Box(at, new Vec3(10, 10, 2)), Inward(Box(at + new Vec3(3, 3, -1), new Vec3(4, 4, 4))));
        var mesh = Build(Join(tower(default), tower(new Vec3(30, 0, 0))));
        var m = Measure(mesh, 0.2)[5];

        Assert.Equal(4, m.Contours);
        Assert.Equal(2, m.Islands);
        Assert.Equal(2, m.HoleTravels);
        Assert.True(m.Travels >= 2);
        Assert.True(m.TravelLength > 0);
    }

    [Fact]
    public void Bad_layouts_are_refused()
    {
        var slices = MeshSlicer.Slice(Cube(10), 0.2);

        Assert.Throws<ArgumentOutOfRangeException>(() => LayerRegions.Measure(slices, new ExtrusionLayout { LineSpacing = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LayerRegions.Measure(slices, new ExtrusionLayout { Perimeters = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LayerRegions.Measure(slices, new ExtrusionLayout { RowPitch = double.NaN }));
    }

    private static LayerMeasures[] Measure(Mesh mesh, double layerHeight) => LayerRegions.Measure(MeshSlicer.Slice(mesh, layerHeight), Layout);

    /// <summary>Area of a w × h rectangle whose corners are rounded with radius r.</summary>
    private static double Rounded(double w, double h, double r) => (w * h) - ((4 - Math.PI) * r * r);

    private static (List<Vec3> Vertices, List<int> Faces) Inward((List<Vec3> Vertices, List<int> Faces) box)
    {
        Reverse(box.Faces);
        return box;
    }
}

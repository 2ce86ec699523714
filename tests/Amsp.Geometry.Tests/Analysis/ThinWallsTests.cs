using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

public class ThinWallsTests
{
    [Theory]
    [InlineData(0.5, true)]
    [InlineData(1.0, true)]
    [InlineData(2.0, false)]
    [InlineData(4.0, false)]
    public void Plates_are_thin_exactly_when_thinner_than_the_minimum(double thickness, bool thin)
    {
        var plate = Build(Box(new Vec3(10, 20, 0), new Vec3(40, 30, thickness)));

        var r = ThinWalls.Analyze(plate, 1.2);

        Assert.Equal(4 * 1.2, r.RayLength, 1e-12);
        Assert.Equal(thickness, r.ThinnestWall, 1e-4); // 4 mm is within the rays' 4.8 mm
        Assert.Equal(thin ? 2 * 40 * 30 : 0, r.ThinArea, 0.01); // sample areas are single precision
        Assert.Equal(thin ? 1 : 0, r.ClusterCount); // both faces of the plate are one region
        if (thin)
        {
            var c = r.Clusters[0];
            Assert.Equal(2400, c.Area, 0.01);
            Assert.Equal(thickness, c.MinThickness, 1e-4);
            Assert.Equal(30, c.Centroid.X, 0.01);
            Assert.Equal(35, c.Centroid.Y, 0.01);
            Assert.Equal(thickness / 2, c.Centroid.Z, 0.01);
        }
    }

    [Fact]
    public void A_hollow_box_with_1_6_mm_walls_is_thin_everywhere_but_along_its_outer_edges()
    {
        var inner = Box(new Vec3(1.6, 1.6, 1.6), new Vec3(26.8, 26.8, 26.8));
        Reverse(inner.Faces); // the cavity's faces look into the cavity
        var box = Build(Join(Box(default, new Vec3(30, 30, 30)), inner));

        var r = ThinWalls.Analyze(box, 2);

        Assert.Equal(1.6, r.ThinnestWall, 1e-3);
        // Inside: every face. Outside: all but a 1.6 mm strip along each edge, where the inward ray runs along a wall;
        // where that strip ends is known to a sample spacing (0.7 mm on these faces).
        Assert.Equal(2 * 6 * 26.8 * 26.8, r.ThinArea, 2 * 6 * 26.8 * 26.8 * 0.02);
        Assert.Equal(1, r.ClusterCount);
        Assert.Equal(15, r.Clusters[0].Centroid.X, 0.05);
        Assert.Equal(0, ThinWalls.Analyze(box, 1.5).ThinArea);
    }

    [Fact]
    public void A_spherical_shell_measures_its_thickness_along_the_radius()
    {
        var inner = UvSphere(9, 48, 96);
        Reverse(inner.Faces);
        var shell = Build(Join(UvSphere(10, 48, 96), inner));

        var r = ThinWalls.Analyze(shell, 1.5);

        Assert.InRange(r.ThinnestWall, 0.98, 1.01);
        Assert.Equal(r.Area, r.ThinArea, r.Area * 1e-9);
        Assert.Equal(0, ThinWalls.Analyze(shell, 0.95).ThinArea);
    }

    [Fact]
    public void The_vase_sample_has_walls_of_1_6_mm()
    {
        var vase = MeshReader.Read("Samples/vase.stl");

        var thin = ThinWalls.Analyze(vase, 2);
        var ok = ThinWalls.Analyze(vase, 1.5);

        Assert.InRange(thin.ThinnestWall, 1.5, 1.65);
        Assert.True(thin.ThinArea > 0.95 * thin.Area, $"{thin.ThinArea} of {thin.Area} thin"); // all but the rim
        Assert.True(ok.ThinArea < 0.01 * ok.Area, $"{ok.ThinArea} of {ok.Area} below 1.5 mm");
    }

    [Fact]
    public void Separate_thin_regions_are_reported_largest_first()
    {
        var mesh = Build(Join(Box(default, new Vec3(10, 10, 0.6)), Box(new Vec3(50, 0, 0), new Vec3(20, 10, 0.6)), Box(new Vec3(0, 50, 0), new Vec3(10, 10, 5))));

        var r = ThinWalls.Analyze(mesh, 1);

        Assert.Equal(2, r.ClusterCount);
        Assert.Equal(400, r.Clusters[0].Area, 0.01);
        Assert.Equal(60, r.Clusters[0].Centroid.X, 0.01);
        Assert.Equal(200, r.Clusters[1].Area, 0.01);
        Assert.True(r.Clusters[1].BboxMin.X >= 0 && r.Clusters[1].BboxMax.X <= 10 && r.Clusters[1].BboxMax.Y <= 10);
        Assert.Single(ThinWalls.Analyze(mesh, 1, new ThinWallOptions { MaxClusters = 1 }).Clusters);
    }

    [Fact]
    public void Walls_thicker_than_the_rays_reach_are_thick_and_unmeasured()
    {
        var slab = Build(Box(default, new Vec3(40, 30, 10)));

        Assert.True(double.IsPositiveInfinity(ThinWalls.Analyze(slab, 2).ThinnestWall)); // rays of 8 mm
        Assert.Equal(10, ThinWalls.Analyze(slab, 2, new ThinWallOptions { RayLength = 6 }).ThinnestWall, 1e-4);
    }

    [Fact]
    public void An_open_mesh_is_thin_nowhere_its_rays_escape()
    {
        var faces = Faces(Cube(10));
        faces.RemoveRange(3, 3); // one of the top triangles
        var r = ThinWalls.Analyze(WithFaces(Cube(10), faces), 1);

        Assert.Equal(0, r.ThinArea);
    }

    [Fact]
    public void Several_minimums_are_measured_in_one_pass_as_each_alone()
    {
        var plates = Build(Join(Box(default, new Vec3(20, 20, 0.8)), Box(new Vec3(30, 0, 0), new Vec3(20, 20, 1.6))));

        var reports = ThinWalls.Analyze(plates, [1.0, 2.0, 0.5]);

        Assert.Equal([800.0, 1600.0, 0.0], reports.Select(r => Math.Round(r.ThinArea, 2)));
        foreach (var (report, min) in reports.Zip([1.0, 2.0, 0.5]))
        {
            Assert.Equal(min, report.MinThickness);
            Assert.Equal(8, report.RayLength, 1e-12); // four times the largest minimum
            Assert.Equal(ThinWalls.Analyze(plates, min).ThinArea, report.ThinArea, 1e-9);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void A_minimum_that_is_not_positive_is_refused(double minimum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThinWalls.Analyze(Cube(10), minimum));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThinWalls.Analyze(Cube(10), [1.0, minimum]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThinWalls.Analyze(Cube(10), Array.Empty<double>()));
    }
}

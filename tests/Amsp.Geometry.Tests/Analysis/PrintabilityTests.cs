using Amsp.Geometry.Analysis;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

public class PrintabilityTests
{
    [Fact]
    public void A_cube_on_the_plate_has_no_overhang()
    {
        Assert.Equal(0, Printability.OverhangArea(Cube(10), new Vec3(0, 0, 1)));
    }

    [Fact]
    public void A_floating_cube_overhangs_by_its_bottom_face()
    {
        var mesh = Build(Join(Box(default, new Vec3(1, 1, 1)), Box(new Vec3(5, 5, 5), new Vec3(2, 2, 2))));
        Assert.Equal(4, Printability.OverhangArea(mesh, new Vec3(0, 0, 1)), 9);
    }

    [Fact]
    public void A_cube_printed_sideways_overhangs_by_the_face_opposite_the_plate()
    {
        // Building along +x: the x = 0 face lies on the plate, no face points down otherwise.
        Assert.Equal(0, Printability.OverhangArea(Cube(10), new Vec3(1, 0, 0)));
    }

    [Theory]
    [InlineData(400, 300, 5, false)]
    [InlineData(240, 200, 100, true)] // fits standing on its side
    [InlineData(220, 220, 250, true)]
    public void A_part_fits_when_some_axis_aligned_orientation_fits(double x, double y, double z, bool fits)
    {
        Assert.Equal(fits, Printability.FitsBuildVolume(new Vec3(x, y, z), new Vec3(220, 220, 250)));
    }

    [Theory]
    [InlineData(60, "mm")]
    [InlineData(1, "inch")]
    [InlineData(0.12, "m")]
    public void Units_are_guessed_from_the_largest_extent(double extent, string units)
    {
        Assert.Equal(units, Printability.GuessUnits(extent));
    }

    [Theory]
    [InlineData(0, 0, 1, 45)]
    [InlineData(1, 2, -0.5, 30)]
    public void The_check_reports_the_overhang_printability_computes(double x, double y, double z, double angle)
    {
        var direction = new Vec3(x, y, z);
        foreach (var mesh in new[] { Sphere(10, 12, 24), Io.FileBuilder.Read(File.ReadAllBytes("Samples/spur_gear.stl")) })
        {
            var r = MeshCheck.Check(mesh, new CheckOptions { BuildDirection = direction, OverhangAngle = angle });
            Assert.Equal(Printability.OverhangArea(mesh, direction, angle), r.OverhangArea, 9);
        }

        Assert.True(MeshCheck.Check(Sphere(10, 12, 24), new CheckOptions { BuildDirection = direction, OverhangAngle = angle }).OverhangArea > 0);
    }
}

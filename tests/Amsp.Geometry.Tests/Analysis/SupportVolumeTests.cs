using Amsp.Geometry.Analysis;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

public class SupportVolumeTests
{
    private static readonly Vec3 Up = new(0, 0, 1);

    [Fact]
    public void A_cube_on_the_plate_needs_no_support()
    {
        var s = SupportVolume.Estimate(Cube(10), Up);

        Assert.Equal(default, s);
    }

    [Fact]
    public void The_arms_of_a_T_are_supported_down_to_the_plate()
    {
        // A 10 mm post 20 mm high under a 50 × 5 bar, all 10 mm deep: two 20 × 10 arms, 20 mm above the plate.
        var s = SupportVolume.Estimate(T(), Up, new SupportOptions { Density = 0.2 });

        Assert.Equal(400, s.OverhangArea, 0.01);
        Assert.Equal(400 * 20, s.ColumnVolume, 0.1);
        Assert.Equal(400 * 20 * 0.2, s.Volume, 0.02);
        Assert.Equal(0, s.OnPartVolume);
    }

    [Fact]
    public void A_shelf_over_a_base_is_supported_down_to_the_base()
    {
        // Profile: a 30 × 5 base, a 5 wide column up to 25, a 30 × 5 shelf on top; 30 mm deep.
        var shelf = Prism([new(0, 0), new(30, 0), new(30, 5), new(5, 5), new(5, 25), new(30, 25), new(30, 30), new(0, 30)], 30,
            [0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 7, 4, 5, 6, 4, 6, 7]);

        var s = SupportVolume.Estimate(shelf, Up);

        Assert.Equal(25 * 30, s.OverhangArea, 0.01);
        Assert.Equal(25 * 30 * 20, s.ColumnVolume, 0.1);
        Assert.Equal(s.ColumnVolume, s.OnPartVolume, 1e-9);
    }

    [Fact]
    public void A_sphere_needs_support_under_its_lower_cap()
    {
        var sphere = Sphere(10, 96, 192);

        var s = SupportVolume.Estimate(sphere, Up);

        // Under the cap within 45° of straight down: ∫ (r − √(r² − ρ²)) 2πρ dρ for ρ ≤ r / √2.
        var r = 10.0;
        var exact = Math.PI * r * r * r * (0.5 - ((2.0 / 3) * (1 - (1 / (2 * Math.Sqrt(2))))));
        Assert.Equal(exact, s.ColumnVolume, exact * 0.05);
        Assert.Equal(2 * Math.PI * r * r * (1 - Math.Cos(Math.PI / 4)), s.OverhangArea, s.OverhangArea * 0.03);
    }

    [Fact]
    public void Turning_the_part_changes_what_needs_support()
    {
        // Printed bar down, the T stands on its bar: the arms face up, the post's end faces up, nothing overhangs.
        var upsideDown = SupportVolume.Estimate(T(), new Vec3(0, 0, -1));

        Assert.Equal(default, upsideDown);
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportVolume.Estimate(Cube(10), Up, new SupportOptions { Density = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportVolume.Estimate(Cube(10), Up, new SupportOptions { OverhangAngle = 90 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportVolume.Estimate(Cube(10), default));
    }

    /// <summary>The T: profile in x–z, extruded 10 mm along y.</summary>
    private static Mesh T() => Prism(
        [new(20, 0), new(30, 0), new(30, 20), new(50, 20), new(50, 25), new(0, 25), new(0, 20), new(20, 20)], 10,
        [0, 1, 2, 0, 2, 7, 5, 6, 7, 5, 7, 2, 5, 2, 3, 5, 3, 4]);

    /// <summary>
    /// A closed prism: a counter-clockwise profile in the x–z plane (seen from −y), triangulated by <paramref name="cap"/>,
    /// extruded from y = 0 to <paramref name="depth"/>.
    /// </summary>
    internal static Mesh Prism((double X, double Z)[] profile, double depth, int[] cap)
    {
        var n = profile.Length;
        var v = profile.Select(p => new Vec3(p.X, 0, p.Z)).Concat(profile.Select(p => new Vec3(p.X, depth, p.Z))).ToList();
        var f = new List<int>();
        for (var i = 0; i < cap.Length; i += 3)
        {
            f.AddRange([cap[i], cap[i + 1], cap[i + 2]]);               // y = 0, facing −y
            f.AddRange([cap[i] + n, cap[i + 2] + n, cap[i + 1] + n]);   // y = depth, facing +y
        }

        for (var i = 0; i < n; i++)
        {
            int p = i, q = (i + 1) % n;
            f.AddRange([p, q + n, q, p, p + n, q + n]);
        }

        var mesh = Build((v, f));
        Assert.True(TetraVolume(mesh) > 0); // outward
        return mesh;
    }
}

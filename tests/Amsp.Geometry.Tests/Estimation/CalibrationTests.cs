using Amsp.Geometry.Estimation;
using Amsp.Geometry.Io;

namespace Amsp.Geometry.Tests.Estimation;

/// <summary>
/// The estimator against PrusaSlicer 2.5.0's "estimated printing time (normal mode)" for the sample parts, sliced with
/// its built-in defaults, --layer-height 0.2 --fill-density 20% (bench/quoting/calibrate.sh prints the same table).
/// The slicer's figures are recorded here so that the test needs no slicer; the estimator knows nothing of them.
/// </summary>
[Trait("Category", "Slow")]
public class CalibrationTests
{
    public static TheoryData<string, double, int> Parts() => new()
    {
        { "bracket.stl", 1, (1 * 3600) + (4 * 60) + 10 },
        { "enclosure_box.stl", 1, (3 * 3600) + (1 * 60) + 36 },
        { "enclosure_lid.stl", 1, (1 * 3600) + (19 * 60) + 17 },
        { "lattice_cube.stl", 1, (1 * 3600) + (32 * 60) + 16 },
        { "phone_stand.stl", 1, (4 * 3600) + (41 * 60) + 43 },
        { "spur_gear.stl", 1, (44 * 60) + 15 },
        { "tiny_inch_part.stl", 25.4, (8 * 60) + 41 },
        { "too_big_panel.stl", 1, 86400 + (1 * 3600) + (50 * 60) + 14 },
        { "vase.stl", 1, (3 * 3600) + (38 * 60) + 36 },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_estimate_is_within_ten_percent_of_PrusaSlicer(string file, double scale, int slicerSeconds)
    {
        var mesh = Scaled(MeshReader.Read(Path.Combine("Samples", file)), scale);

        var e = PrintTimeEstimator.Estimate(mesh, new MexParameters());

        Assert.InRange(e.Seconds / slicerSeconds, 0.9, 1.1);
    }

    private static Mesh Scaled(Mesh mesh, double scale)
    {
        var p = mesh.Positions.ToArray();
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = (float)(p[i] * scale);
        }

        return new Mesh(p, mesh.VertexCount, mesh.Indices.ToArray(), mesh.TriangleCount);
    }
}

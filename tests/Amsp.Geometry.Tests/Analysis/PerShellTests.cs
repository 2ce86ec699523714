using Amsp.Geometry.Analysis;
using Amsp.Geometry.Repair;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

/// <summary>Per-shell volumes of a large mesh are summed in parallel chunks; they must be those of one pass.</summary>
public class PerShellTests
{
    [Fact]
    public void Chunked_sums_agree_with_one_pass_and_an_inside_out_shell_is_still_flipped()
    {
        // About 100,000 triangles: above the size from which the faces are summed in chunks.
        var sphere = UvSphere(10, 160, 320);
        var mesh = Build(Join(sphere, Box(new Vec3(30, 0, 0), new Vec3(5, 5, 5), inward: true)));
        Assert.True(mesh.TriangleCount > 64 * 1024);
        var topology = EdgeTopology.Build(mesh);
        var (volume, min, max, magnitude) = FaceMeasures.PerShell(mesh, topology.ShellOfFace, topology.ShellCount, default);

        var expected = new double[topology.ShellCount];
        var expectedMagnitude = new double[topology.ShellCount];
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            var i = mesh.Indices.Slice(f * 3, 3);
            var tetra = FaceMeasures.Tetra(mesh.Vertex(i[0]), mesh.Vertex(i[1]), mesh.Vertex(i[2]), default);
            expected[topology.ShellOfFace[f]] += tetra;
            expectedMagnitude[topology.ShellOfFace[f]] += Math.Abs(tetra);
        }

        Assert.Equal(2, topology.ShellCount);
        for (var s = 0; s < 2; s++)
        {
            Assert.Equal(expected[s], volume[s], Math.Abs(expected[s]) * 1e-12);
            Assert.Equal(expectedMagnitude[s], magnitude[s], expectedMagnitude[s] * 1e-12);
        }

        Assert.Equal((new Vec3(-10, -10, -10), new Vec3(10, 10, 10)), (Round(min[0]), Round(max[0])));
        Assert.Equal((new Vec3(30, 0, 0), new Vec3(35, 5, 5)), (min[1], max[1]));
        Assert.True(volume[1] < 0);

        var repaired = MeshRepair.Repair(mesh);
        Assert.Equal(1, repaired.Actions.Single(a => a.Action == "flipInvertedShells").Count);
        Assert.Equal(0, repaired.After.InvertedShells);
    }

    private static Vec3 Round(Vec3 v) => new(Math.Round(v.X, 4), Math.Round(v.Y, 4), Math.Round(v.Z, 4));
}

using Amsp.Geometry.Analysis;
using Amsp.Geometry.Spatial;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

/// <summary>One ray hierarchy serves the thin-wall rays and the supports of every build direction.</summary>
public class SharedBvhTests
{
    [Fact]
    public void Walls_and_supports_measured_in_a_shared_hierarchy_are_those_measured_alone()
    {
        // A 2 mm thick shelf over a base: thin walls and overhangs in one part.
        var part = SupportVolumeTests.Prism([new(0, 0), new(30, 0), new(30, 5), new(5, 5), new(5, 25), new(30, 25), new(30, 27), new(0, 27)], 30,
            [0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 7, 4, 5, 6, 4, 6, 7]);
        var bvh = TriangleBvh.Build(part);

        Assert.True(bvh.IsOver(part));
        var alone = ThinWalls.Analyze(part, [1.2, 3.0]);
        var shared = ThinWalls.Analyze(part, bvh, [1.2, 3.0]);
        Assert.Equal(alone.Select(r => (r.ThinArea, r.ThinnestWall, r.ClusterCount)), shared.Select(r => (r.ThinArea, r.ThinnestWall, r.ClusterCount)));
        Assert.True(shared[1].ThinArea > 0); // the 2 mm shelf is thin for 3 mm, so the comparison is not of two zeros
        foreach (var up in (Vec3[])[new(0, 0, 1), new(1, 0, 0), new(0, 0, -1)])
        {
            Assert.Equal(SupportVolume.Estimate(part, up), SupportVolume.Estimate(part, bvh, up));
        }
        Assert.True(SupportVolume.Estimate(part, bvh, new Vec3(0, 0, 1)).Volume > 0);
    }

    [Fact]
    public void A_hierarchy_of_another_mesh_is_refused()
    {
        var cube = Cube(10);
        var other = TriangleBvh.Build(Cube(10));

        Assert.False(other.IsOver(cube));
        Assert.Throws<ArgumentException>(() => ThinWalls.Analyze(cube, other, [1.0]));
        Assert.Throws<ArgumentException>(() => SupportVolume.Estimate(cube, other, new Vec3(0, 0, 1)));
    }
}

using Amsp.Geometry.Analysis;
using Amsp.Geometry.Repair;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Repair;

public class SliverRepairTests
{
    /// <summary>
    /// A 10 mm cube whose top triangle (4, 5, 6) is split at the middle M of its diagonal 5–6 while the triangle on the
    /// other side of the diagonal is not: a T-junction, closed by the zero-area sliver (5, 6, M).
    /// </summary>
    private static Mesh CubeWithTJunctionSliver()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        v.Add((v[5] + v[6]) * 0.5); // vertex 8
        var top = Enumerable.Range(0, f.Count / 3).Single(t => f[t * 3] == 4 && f[(t * 3) + 1] == 5 && f[(t * 3) + 2] == 6) * 3;
        f.RemoveRange(top, 3);
        f.AddRange([4, 5, 8, 4, 8, 6, 5, 6, 8]);
        return Build((v, f));
    }

    [Fact]
    public void A_sliver_closing_a_t_junction_keeps_the_mesh_closed()
    {
        var r = MeshCheck.Check(CubeWithTJunctionSliver());
        Assert.Equal((true, 1, 1, 1000.0), (r.Watertight, r.DegenerateFaces, r.Shells, Math.Round(r.Volume, 9)));
    }

    [Fact]
    public void Repair_collapses_the_sliver_into_its_neighbour_instead_of_opening_a_hole()
    {
        var result = MeshRepair.Repair(CubeWithTJunctionSliver());
        Assert.Empty(result.Warnings);
        Assert.Equal(1, result.Actions.Single(a => a.Action == "removeDegenerateFaces").Count);
        Assert.True(result.After.Watertight);
        Assert.Equal((0, 0, 14, 1), (result.After.DegenerateFaces, result.After.Holes, result.After.Triangles, result.After.WatertightShells));
        Assert.Equal(1000, result.After.Volume, 9);
    }

    [Fact]
    public void Repair_does_not_delete_a_sliver_it_cannot_collapse()
    {
        // The same T-junction with the neighbour across the long edge missing: the sliver's long edge is open.
        var mesh = CubeWithTJunctionSliver();
        var faces = Faces(mesh);
        var neighbour = Enumerable.Range(0, faces.Count / 3).Single(t => faces.GetRange(t * 3, 3).Order().SequenceEqual([5, 6, 7]));
        faces.RemoveRange(neighbour * 3, 3);
        var input = WithFaces(mesh, faces);
        var before = MeshCheck.Check(input);
        var result = MeshRepair.Repair(input);
        Assert.Null(RepairGuard.Worse(result));
        Assert.True(result.After.BoundaryEdges <= before.BoundaryEdges);
        Assert.Equal(before.VolumeIfClosed, result.After.VolumeIfClosed, 9);
    }

    [Fact]
    public void Loose_zero_area_debris_is_dropped()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        v.Add(new Vec3(20, 0, 0));
        v.Add(new Vec3(30, 0, 0));
        f.AddRange([0, 0, 1, 1, 8, 9]);
        var result = MeshRepair.Repair(Build((v, f)));
        Assert.Equal(2, result.Actions.Single(a => a.Action == "removeDegenerateFaces").Count);
        Assert.Equal((12, 8, true), (result.After.Triangles, result.After.Vertices, result.After.Watertight));
    }
}

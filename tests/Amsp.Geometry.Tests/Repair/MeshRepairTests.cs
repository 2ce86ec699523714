using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;
using Amsp.Geometry.Repair;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Repair;

public class MeshRepairTests
{
    [Theory]
    [InlineData("bracket.stl")]
    [InlineData("lattice_cube.stl")]
    [InlineData("vase.stl")]
    public void Repairing_a_clean_closed_mesh_changes_nothing(string file)
    {
        var mesh = MeshReader.Read(Path.Combine("Samples", file));
        var result = MeshRepair.Repair(mesh);
        Assert.All(result.Actions, a => Assert.Equal(0, a.Count));
        Assert.Equal(mesh.Positions.ToArray(), result.Mesh.Positions.ToArray());
        Assert.Equal(mesh.Indices.ToArray(), result.Mesh.Indices.ToArray());
    }

    [Fact]
    public void Running_every_step_on_a_clean_mesh_still_changes_nothing()
    {
        // Asking for small-shell removal makes repair run all its steps instead of its nothing-to-do shortcut.
        var mesh = Build(Join(Box(default, new Vec3(10, 10, 10)), Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4), inward: true)));
        var result = MeshRepair.Repair(mesh, new RepairOptions { MinShellTriangles = 1 });
        Assert.All(result.Actions, a => Assert.Equal(0, a.Count));
        Assert.Equal(mesh.Positions.ToArray(), result.Mesh.Positions.ToArray());
        Assert.Equal(mesh.Indices.ToArray(), result.Mesh.Indices.ToArray());
    }

    [Fact]
    public void Every_action_is_reported_with_its_count()
    {
        var names = MeshRepair.Repair(Cube()).Actions.Select(a => a.Action);
        Assert.Equal(["weldVertices", "removeDegenerateFaces", "removeDuplicateFaces", "flipFaces", "fillHoles", "flipInvertedShells", "removeSmallShells"], names);
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 0, 200, 500 })]
    public void Holes_are_filled_and_the_volume_comes_back(int[] removed)
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        foreach (var f in removed.OrderDescending())
        {
            faces.RemoveRange(f * 3, 3);
        }

        var result = MeshRepair.Repair(WithFaces(sphere, faces));
        Assert.Equal(removed.Length, Count(result, "fillHoles"));
        Assert.True(result.After.Watertight);
        Assert.Equal(0, result.After.FlippedFaces);
        Assert.Equal(MeshCheck.Check(sphere).Volume, result.After.Volume, 6);
    }

    [Fact]
    public void A_large_non_planar_hole_is_closed()
    {
        // Removing the whole southern cap leaves one wavy loop of 32 edges.
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere).Chunk(3).Where(t => t.All(v => sphere.Vertex(v).Z > -9)).SelectMany(t => t).ToList();
        var result = MeshRepair.Repair(WithFaces(sphere, faces));
        Assert.Equal(1, Count(result, "fillHoles"));
        Assert.True(result.After.Watertight);
        Assert.Equal((0, 0), (result.After.FlippedFaces, result.After.InvertedShells));
    }

    [Fact]
    public void Flipped_faces_are_turned_back()
    {
        var sphere = Sphere();
        var faces = Faces(sphere);
        FlipFace(faces, 10);
        FlipFace(faces, 300);
        var result = MeshRepair.Repair(WithFaces(sphere, faces));
        Assert.Equal(2, Count(result, "flipFaces"));
        Assert.Equal(sphere.Indices.ToArray(), result.Mesh.Indices.ToArray());
    }

    [Fact]
    public void Flipped_faces_and_holes_are_repaired_together()
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        FlipFace(faces, 40);
        FlipFace(faces, 700);
        faces.RemoveRange(500 * 3, 3);
        faces.RemoveRange(100 * 3, 3);
        var result = MeshRepair.Repair(WithFaces(sphere, faces));
        Assert.Equal((2, 2), (Count(result, "flipFaces"), Count(result, "fillHoles")));
        Assert.True(result.After.Watertight);
        Assert.Equal((0, 0, 1), (result.After.FlippedFaces, result.After.InvertedShells, result.After.Shells));
        Assert.Equal(MeshCheck.Check(sphere).Volume, result.After.Volume, 6);
    }

    [Fact]
    public void An_inverted_mesh_is_turned_outward_and_a_cavity_stays_inward()
    {
        var outer = Box(default, new Vec3(10, 10, 10), inward: true);
        var cavity = Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4), inward: true);
        var result = MeshRepair.Repair(Build(Join(outer, cavity)));
        Assert.Equal(1, Count(result, "flipInvertedShells"));
        Assert.Equal(1000 - 64, result.After.Volume, 9);
        Assert.Equal(0, result.After.InvertedShells);
    }

    [Fact]
    public void Duplicates_and_degenerate_faces_are_dropped()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        f.AddRange(f.GetRange(0, 6));
        f.AddRange([0, 0, 5]);
        var result = MeshRepair.Repair(Build((v, f)));
        Assert.Equal((2, 1), (Count(result, "removeDuplicateFaces"), Count(result, "removeDegenerateFaces")));
        Assert.True(result.After.Watertight);
        Assert.Equal(12, result.After.Triangles);
    }

    [Fact]
    public void Near_coincident_vertices_are_welded()
    {
        var soup = Soup(Cube(10));
        soup[0] += 2e-6f;
        var result = MeshRepair.Repair(Mesh.FromTriangleSoup(soup));
        Assert.Equal(1, Count(result, "weldVertices"));
        Assert.Equal((8, true), (result.After.Vertices, result.After.Watertight));
    }

    [Fact]
    public void Small_shells_are_removed_only_when_asked()
    {
        var mesh = Build(Join(UvSphere(10, 8, 16), Box(new Vec3(50, 0, 0), new Vec3(1, 1, 1))));
        Assert.Equal(0, Count(MeshRepair.Repair(mesh), "removeSmallShells"));
        var result = MeshRepair.Repair(mesh, new RepairOptions { MinShellTriangles = 20 });
        Assert.Equal((1, 1), (Count(result, "removeSmallShells"), result.After.Shells));
        Assert.Equal(2 + (16 * 7), result.Mesh.VertexCount);
    }

    private static int Count(RepairResult result, string action) => result.Actions.Single(a => a.Action == action).Count;
}

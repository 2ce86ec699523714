using Amsp.Geometry.Analysis;
using Amsp.Geometry.Repair;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

/// <summary>Volume, area and shells of meshes in the state customers' files come in: the part's numbers, not the file's.</summary>
public class DefectiveVolumeTests
{
    [Fact]
    public void Flipped_faces_do_not_change_the_volume()
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        foreach (var f in new[] { 3, 50, 128, 300, 511, 700, 901 })
        {
            FlipFace(faces, f);
        }

        var r = MeshCheck.Check(WithFaces(sphere, faces));
        Assert.Equal(7, r.FlippedFaces);
        Assert.Equal(TetraVolume(sphere), r.Volume, 9);
        Assert.Equal(r.Volume, r.VolumeIfClosed);
    }

    [Fact]
    public void The_volume_does_not_depend_on_vertex_order_or_the_first_vertex()
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        foreach (var f in new[] { 3, 50, 128, 300, 511, 700, 901 })
        {
            FlipFace(faces, f);
        }

        var expected = MeshCheck.Check(WithFaces(sphere, faces)).Volume;

        // The same faces with the vertices renumbered in reverse and each face starting at another corner.
        var n = sphere.VertexCount;
        var positions = new float[n * 3];
        for (var v = 0; v < n; v++)
        {
            sphere.Positions.Slice(v * 3, 3).CopyTo(positions.AsSpan((n - 1 - v) * 3));
        }

        var renumbered = new int[faces.Count];
        for (var i = 0; i < faces.Count; i += 3)
        {
            (renumbered[i], renumbered[i + 1], renumbered[i + 2]) = (n - 1 - faces[i + 1], n - 1 - faces[i + 2], n - 1 - faces[i]);
        }

        var r = MeshCheck.Check(new Mesh(positions, n, renumbered, faces.Count / 3));
        Assert.Equal(expected, r.Volume, 9);
    }

    [Fact]
    public void A_closed_inside_out_cube_has_the_volume_of_the_part()
    {
        var r = MeshCheck.Check(Build(Box(default, new Vec3(20, 20, 20), inward: true)));
        Assert.Equal((1, 8000.0), (r.InvertedShells, Math.Round(r.Volume, 9)));
    }

    [Fact]
    public void Separate_triangles_are_no_inverted_shells_and_repair_flips_none_of_them()
    {
        // A file whose triangles share no vertex: each is an open shell, closed by its own reverse, whose volume is
        // rounding of either sign — not an orientation to report or to flip.
        var random = new Random(11);
        var soup = new float[300 * 9];
        for (var t = 0; t < 300; t++)
        {
            float x = (float)(random.NextDouble() * 200), y = (float)(random.NextDouble() * 200), z = (float)(random.NextDouble() * 200);
            float[] triangle = [x, y, z, x + (float)random.NextDouble() + 0.1f, y, z + 0.3f, x, y + 0.7f, z + (float)random.NextDouble()];
            triangle.CopyTo(soup, t * 9);
        }

        var mesh = Mesh.FromTriangleSoup(soup);
        var r = MeshCheck.Check(mesh);
        Assert.Equal((300, 900, 0), (r.Shells, r.BoundaryEdges, r.InvertedShells));
        Assert.Equal(0, r.VolumeIfClosed, 6);

        var repaired = MeshRepair.Repair(mesh, new RepairOptions { RelativeWeldTolerance = 0 });
        Assert.Equal(0, repaired.Actions.Single(a => a.Action == "flipInvertedShells").Count);
        Assert.Equal(0, repaired.After.InvertedShells);
    }

    [Fact]
    public void A_cavity_still_subtracts_whichever_way_both_shells_face()
    {
        foreach (var (outerInward, cavityInward) in new[] { (false, true), (true, true), (true, false), (false, false) })
        {
            var mesh = Build(Join(Box(default, new Vec3(10, 10, 10), outerInward), Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4), cavityInward)));
            var r = MeshCheck.Check(mesh);
            Assert.Equal(1000 - 64, r.Volume, 9);
            Assert.Equal((outerInward ? 1 : 0) + (cavityInward ? 0 : 1), r.InvertedShells);
        }
    }

    [Fact]
    public void Duplicate_faces_add_nothing_to_volume_or_area()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        f.AddRange(f.GetRange(0, 3));
        f.AddRange([f[14], f[13], f[12]]); // a reversed copy is a duplicate too
        f.AddRange(f.GetRange(30, 3));
        var r = MeshCheck.Check(Build((v, f)));
        Assert.Equal(3, r.DuplicateFaces);
        Assert.Equal((1000.0, 600.0), (Math.Round(r.Volume, 9), Math.Round(r.Area, 9)));
        Assert.Equal((1, 1), (r.Shells, r.WatertightShells));
    }

    [Fact]
    public void An_open_mesh_has_no_volume_but_a_volume_if_closed()
    {
        var faces = Faces(Cube(10));
        faces.RemoveRange(6, 3);
        var r = MeshCheck.Check(WithFaces(Cube(10), faces));
        Assert.False(r.HasVolume);
        Assert.True(double.IsNaN(r.Volume));
        Assert.Equal(1000, r.VolumeIfClosed, 9);
        Assert.Equal(0, r.WatertightShells);
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 5, 200, 500, 501, 502 })]
    public void The_volume_if_closed_is_the_volume_repair_gives(int[] removed)
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        FlipFace(faces, 700);
        foreach (var f in removed.OrderDescending())
        {
            faces.RemoveRange(f * 3, 3);
        }

        var open = WithFaces(sphere, faces);
        var r = MeshCheck.Check(open);
        var repaired = MeshRepair.Repair(open);
        Assert.True(double.IsNaN(r.Volume));
        Assert.True(repaired.After.Watertight);
        Assert.Equal(repaired.After.Volume, r.VolumeIfClosed, 6);
    }

    [Fact]
    public void Faces_of_zero_area_belong_to_no_shell_of_their_own()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        v.Add(new Vec3(20, 0, 0));
        v.Add(new Vec3(30, 0, 0));
        f.AddRange([0, 0, 1]);
        f.AddRange([1, 8, 9]); // (10,0,0) (20,0,0) (30,0,0) lie on one line
        var r = MeshCheck.Check(Build((v, f)));
        Assert.Equal((1, 2), (r.Shells, r.DegenerateFaces));
        Assert.Equal(1000, r.Volume, 9);
    }

    [Fact]
    public void A_mesh_of_nothing_but_degenerate_faces_has_no_shell()
    {
        var r = MeshCheck.Check(Build(([new(0, 0, 0), new(1, 0, 0), new(2, 0, 0)], [0, 1, 2, 0, 0, 1])));
        Assert.Equal((0, 2), (r.Shells, r.DegenerateFaces));
    }
}

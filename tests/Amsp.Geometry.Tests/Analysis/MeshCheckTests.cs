using Amsp.Geometry.Analysis;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

public class MeshCheckTests
{
    [Fact]
    public void A_cube_is_one_closed_shell_with_exact_volume_and_area()
    {
        var r = MeshCheck.Check(Cube(10));
        Assert.Equal((12, 8, 1), (r.Triangles, r.Vertices, r.Shells));
        Assert.Equal((0, 0, 0, 0, 0, 0, 0, 0), (r.BoundaryEdges, r.Holes, r.NonManifoldEdges, r.NonManifoldVertices, r.DegenerateFaces, r.DuplicateFaces, r.FlippedFaces, r.InvertedShells));
        Assert.Equal(1000, r.Volume, 9);
        Assert.Equal(600, r.Area, 9);
        Assert.Equal(new Vec3(0, 0, 0), r.BboxMin);
        Assert.Equal(new Vec3(10, 10, 10), r.BboxMax);
        Assert.True(r.Watertight);
        Assert.Equal("mm", r.Units);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(1001)]
    public void The_bounding_box_is_the_least_and_greatest_coordinate_on_each_axis(int vertices)
    {
        // The box is taken four vertices at a time; any count, and extremes on any vertex, must come out the same.
        var random = new Random(vertices);
        var positions = new float[vertices * 3];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = (float)((random.NextDouble() - 0.5) * 2000);
        }

        for (var extreme = 0; extreme < Math.Min(vertices, 12); extreme++)
        {
            var p = (float[])positions.Clone();
            p[(extreme * 3) + (extreme % 3)] = extreme % 2 == 0 ? 5000 : -5000;
            var mesh = new Mesh(p, vertices, [0, 0, 0], 1);
            var (min, max) = MeshCheck.BoundingBox(mesh);
            var expectedMin = new Vec3(Enumerable.Range(0, vertices).Min(v => p[v * 3]), Enumerable.Range(0, vertices).Min(v => p[(v * 3) + 1]), Enumerable.Range(0, vertices).Min(v => p[(v * 3) + 2]));
            var expectedMax = new Vec3(Enumerable.Range(0, vertices).Max(v => p[v * 3]), Enumerable.Range(0, vertices).Max(v => p[(v * 3) + 1]), Enumerable.Range(0, vertices).Max(v => p[(v * 3) + 2]));
            Assert.Equal((expectedMin, expectedMax), (min, max));
        }
    }

    [Fact]
    public void A_uv_sphere_has_the_counts_and_volume_of_its_construction()
    {
        var sphere = Sphere(10, 16, 32);
        var r = MeshCheck.Check(sphere);
        Assert.Equal((2 * 32 * 15, 2 + (32 * 15), 1), (r.Triangles, r.Vertices, r.Shells));
        Assert.True(r.Watertight);
        Assert.Equal(0, r.FlippedFaces + r.InvertedShells + r.NonManifoldVertices);
        Assert.Equal(TetraVolume(sphere), r.Volume, 6);
        Assert.InRange(r.Volume, 0.97 * 4 / 3 * Math.PI * 1000, 4 / 3.0 * Math.PI * 1000);
    }

    [Fact]
    public void A_torus_is_closed_with_one_shell_and_its_polyhedral_volume()
    {
        var torus = Torus(20, 5, 48, 24);
        var r = MeshCheck.Check(torus);
        Assert.Equal((2 * 48 * 24, 48 * 24, 1, true), (r.Triangles, r.Vertices, r.Shells, r.Watertight));
        Assert.Equal(TetraVolume(torus), r.Volume, 6);
        Assert.InRange(r.Volume, 0.98 * 2 * Math.PI * Math.PI * 20 * 25, 2 * Math.PI * Math.PI * 20 * 25);
    }

    [Fact]
    public void A_cube_with_an_inward_cavity_is_not_inverted()
    {
        var mesh = Build(Join(Box(default, new Vec3(10, 10, 10)), Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4), inward: true)));
        var r = MeshCheck.Check(mesh);
        Assert.Equal((2, 0, 0, true), (r.Shells, r.InvertedShells, r.FlippedFaces, r.Watertight));
        Assert.Equal(1000 - 64, r.Volume, 9);
        Assert.Equal(600 + 96, r.Area, 9);
    }

    [Fact]
    public void A_cavity_facing_outward_is_an_inverted_shell()
    {
        var mesh = Build(Join(Box(default, new Vec3(10, 10, 10)), Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4))));
        Assert.Equal(1, MeshCheck.Check(mesh).InvertedShells);
    }

    [Fact]
    public void Two_disjoint_cubes_are_two_shells()
    {
        var mesh = Build(Join(Box(default, new Vec3(1, 1, 1)), Box(new Vec3(5, 0, 0), new Vec3(2, 2, 2))));
        var r = MeshCheck.Check(mesh);
        Assert.Equal((2, 0, 9.0), (r.Shells, r.InvertedShells, Math.Round(r.Volume, 9)));
    }

    [Theory]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 0, 200, 500 }, 3)]
    public void Removed_triangles_leave_one_hole_each(int[] removed, int holes)
    {
        var sphere = Sphere(10, 16, 32);
        var faces = Faces(sphere);
        foreach (var f in removed.OrderDescending())
        {
            faces.RemoveRange(f * 3, 3);
        }

        var r = MeshCheck.Check(WithFaces(sphere, faces));
        Assert.Equal((holes, 3 * holes, false), (r.Holes, r.BoundaryEdges, r.Watertight));
    }

    [Fact]
    public void Faces_flipped_against_their_shell_are_counted()
    {
        var sphere = Sphere();
        var faces = Faces(sphere);
        FlipFace(faces, 10);
        FlipFace(faces, 300);
        var r = MeshCheck.Check(WithFaces(sphere, faces));
        Assert.Equal((2, 0, 0), (r.FlippedFaces, r.InvertedShells, r.BoundaryEdges));
    }

    [Fact]
    public void A_fully_inverted_mesh_is_one_inverted_shell_and_the_part_keeps_its_volume()
    {
        var faces = Faces(Cube(20));
        Reverse(faces);
        var r = MeshCheck.Check(WithFaces(Cube(20), faces));
        Assert.Equal((1, 0), (r.InvertedShells, r.FlippedFaces));
        Assert.Equal(8000, r.Volume, 9);
    }

    [Fact]
    public void Duplicate_faces_are_counted_beyond_the_first()
    {
        var sphere = Sphere();
        var faces = Faces(sphere);
        faces.AddRange(faces.GetRange(30, 3));
        faces.AddRange([faces[602], faces[601], faces[600]]); // a reversed copy is a duplicate too
        var r = MeshCheck.Check(WithFaces(sphere, faces));
        Assert.Equal(2, r.DuplicateFaces);
        Assert.Equal(6, r.NonManifoldEdges);
    }

    [Fact]
    public void Faces_with_a_repeated_vertex_or_collinear_corners_are_degenerate()
    {
        var (v, f) = Box(default, new Vec3(10, 10, 10));
        v.Add(new Vec3(20, 0, 0));
        v.Add(new Vec3(30, 0, 0));
        f.AddRange([0, 0, 1]);
        f.AddRange([1, 8, 9]); // (10,0,0) (20,0,0) (30,0,0) lie on one line
        var r = MeshCheck.Check(Build((v, f)));
        Assert.Equal(2, r.DegenerateFaces);
        Assert.Equal(1, r.Holes); // the dangling collinear face is open; the face with a repeated vertex opens nothing
    }

    [Fact]
    public void Two_cubes_sharing_an_edge_make_a_non_manifold_edge_and_two_pinched_vertices()
    {
        var mesh = Mesh.FromTriangleSoup(Soup(Build(Join(Box(default, new Vec3(1, 1, 1)), Box(new Vec3(1, 1, 0), new Vec3(1, 1, 1))))));
        var r = MeshCheck.Check(mesh);
        Assert.Equal((1, 2, 1, 14), (r.NonManifoldEdges, r.NonManifoldVertices, r.Shells, r.Vertices));
        Assert.Equal(2, r.Volume, 9);
    }

    [Fact]
    public void Near_coincident_vertices_stay_apart_in_the_exact_weld_and_are_reported()
    {
        var soup = Soup(Cube(10));
        soup[0] += 2e-6f; // one corner copy of vertex (0,0,0) moves by less than the tolerance
        var r = MeshCheck.Check(Mesh.FromTriangleSoup(soup));
        Assert.Equal((9, 1), (r.Vertices, r.NearVertices));
        Assert.False(r.Watertight);
    }
}

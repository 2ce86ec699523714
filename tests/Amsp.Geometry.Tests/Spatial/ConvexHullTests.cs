using Amsp.Geometry.Io;
using Amsp.Geometry.Spatial;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Spatial;

public class ConvexHullTests
{
    [Fact]
    public void A_cube_is_its_own_hull()
    {
        var h = ConvexHull.Measure(Cube(10));

        Assert.Equal(1000, h.Volume, 1e-9);
        Assert.Equal(600, h.Area, 1e-9);
        Assert.Equal(8, h.Vertices);
    }

    [Fact]
    public void The_hull_of_a_torus_fills_its_hole()
    {
        var torus = Torus(20, 5, 96, 48);

        var h = ConvexHull.Measure(torus);

        // The hull is the torus with its hole filled: a cylinder of radius 25, height 10, with rounded rim.
        var exact = (Math.PI * 20 * 20 * 10) + (2 * Math.PI * 20 * Math.PI * 25 / 2) + (4.0 / 3 * Math.PI * 125);
        Assert.Equal(exact, h.Volume, exact * 0.01);
    }

    [Fact]
    public void A_sphere_hull_has_the_sphere_volume()
    {
        var h = ConvexHull.Measure(Sphere(10, 64, 128));

        Assert.Equal(4.0 / 3 * Math.PI * 1000, h.Volume, 4.0 / 3 * Math.PI * 1000 * 0.005);
        Assert.Equal(Math.Abs(TetraVolume(Sphere(10, 64, 128))), h.Volume, 1e-3); // a convex mesh is its own hull
    }

    [Fact]
    public void Points_inside_on_faces_or_repeated_do_not_change_the_hull()
    {
        var random = new Random(3);
        var points = new List<Vec3>();
        for (var i = 0; i < 2000; i++)
        {
            points.Add(new Vec3(random.Next(0, 11), random.Next(0, 11), random.Next(0, 11))); // a lattice: many coplanar and equal points
        }

        points.AddRange([new(0, 0, 0), new(10, 0, 0), new(0, 10, 0), new(0, 0, 10), new(10, 10, 0), new(10, 0, 10), new(0, 10, 10), new(10, 10, 10)]);

        var h = ConvexHull.Measure(points);

        Assert.Equal(1000, h.Volume, 1e-6);
        Assert.Equal(600, h.Area, 1e-6);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_point_is_inside_the_hull_and_the_hull_is_a_closed_polyhedron(int seed)
    {
        var random = new Random(seed);
        var points = new List<Vec3>();
        for (var i = 0; i < 2000; i++)
        {
            var d = new Vec3(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5);
            var onSphere = d * (10 / d.Length);
            points.Add(i % 3 == 0 ? onSphere * random.NextDouble() : onSphere); // two thirds on the sphere, a third inside
        }

        var hull = QuickHull.Build(points)!;
        var faces = hull.Faces().ToList();

        foreach (var (a, b, c) in faces)
        {
            var n = Vec3.Cross(points[b] - points[a], points[c] - points[a]);
            n *= 1 / n.Length;
            Assert.All(points, p => Assert.True(Vec3.Dot(n, p - points[a]) <= 1e-8));
        }

        var vertices = faces.SelectMany(f => new[] { f.A, f.B, f.C }).Distinct().Count();
        Assert.Equal(2, vertices - (faces.Count * 3 / 2) + faces.Count); // Euler: V − E + F = 2
        Assert.InRange(ConvexHull.Measure(points).Volume, 4000, 4.0 / 3 * Math.PI * 1000);
    }

    [Fact]
    public void Flat_or_too_few_points_have_no_volume()
    {
        Assert.Equal(default, ConvexHull.Measure([new Vec3(0, 0, 0), new Vec3(1, 0, 0), new Vec3(0, 1, 0)]));
        Assert.Equal(0, ConvexHull.Measure([.. Enumerable.Range(0, 50).Select(i => new Vec3(i % 7, i / 7, 0))]).Volume);
    }

    [Fact]
    public void The_bracket_hull_holds_the_bracket()
    {
        var bracket = MeshReader.Read("Samples/bracket.stl");

        var h = ConvexHull.Measure(bracket);

        Assert.InRange(h.Volume, 21166.6, 60 * 40 * 30); // at least the part, at most its bounding box
    }
}

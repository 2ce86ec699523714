using Amsp.Geometry.Spatial;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Spatial;

public class TriangleBvhTests
{
    [Fact]
    public void Rays_find_the_same_nearest_triangle_as_testing_every_triangle()
    {
        var mesh = Torus(20, 5, 96, 48);
        var bvh = TriangleBvh.Build(mesh);
        var random = new Random(7);

        for (var i = 0; i < 500; i++)
        {
            var origin = new Vec3(random.NextDouble() * 60 - 30, random.NextDouble() * 60 - 30, random.NextDouble() * 20 - 10);
            var d = new Vec3(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5);
            d *= 1 / d.Length;
            var expected = BruteForce(mesh, origin, d);

            var found = bvh.Raycast(origin, d, 0, double.PositiveInfinity, -1, out var hit);

            Assert.Equal(!double.IsPositiveInfinity(expected.Distance), found);
            if (found)
            {
                Assert.Equal(expected.Distance, hit.Distance, 1e-3);
            }
        }
    }

    [Fact]
    public void Axis_aligned_rays_and_the_skipped_triangle_are_handled()
    {
        var bvh = TriangleBvh.Build(Cube(10));

        Assert.True(bvh.Raycast(new Vec3(5, 5, -5), new Vec3(0, 0, 1), 0, 100, -1, out var hit));
        Assert.Equal(5, hit.Distance, 1e-5);
        Assert.True(bvh.Raycast(new Vec3(5, 5, 5), new Vec3(0, 0, 1), 0, 100, -1, out hit));
        Assert.Equal(5, hit.Distance, 1e-5);
        Assert.False(bvh.Raycast(new Vec3(5, 5, 5), new Vec3(0, 0, 1), 0, 4, -1, out _)); // beyond the limit
        Assert.False(bvh.Raycast(new Vec3(20, 5, 5), new Vec3(1, 0, 0), 0, 100, -1, out _));

        // Skipping the triangle hit leaves the other triangle of the same face, which the point does not cross.
        Assert.True(bvh.Raycast(new Vec3(2, 5, -5), new Vec3(0, 0, 1), 0, 100, -1, out var first));
        Assert.True(bvh.Raycast(new Vec3(2, 5, -5), new Vec3(0, 0, 1), 0, 100, first.Triangle, out var second));
        Assert.Equal(15, second.Distance, 1e-5); // the top face, through the cube
    }

    [Fact]
    public void An_empty_mesh_is_hit_by_nothing()
    {
        var bvh = TriangleBvh.Build(new Mesh([], 0, [], 0));

        Assert.False(bvh.Raycast(default, new Vec3(1, 0, 0), 0, double.PositiveInfinity, -1, out _));
    }

    private static (double Distance, int Triangle) BruteForce(Mesh mesh, Vec3 o, Vec3 d)
    {
        var best = (double.PositiveInfinity, -1);
        var idx = mesh.Indices;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            Vec3 a = mesh.Vertex(idx[f * 3]), b = mesh.Vertex(idx[(f * 3) + 1]), c = mesh.Vertex(idx[(f * 3) + 2]);
            Vec3 e1 = b - a, e2 = c - a, p = Vec3.Cross(d, e2);
            var det = Vec3.Dot(e1, p);
            if (Math.Abs(det) < 1e-12)
            {
                continue;
            }

            var tv = o - a;
            var u = Vec3.Dot(tv, p) / det;
            var q = Vec3.Cross(tv, e1);
            var v = Vec3.Dot(d, q) / det;
            var t = Vec3.Dot(e2, q) / det;
            if (u >= 0 && v >= 0 && u + v <= 1 && t > 0 && t < best.Item1)
            {
                best = (t, f);
            }
        }

        return best;
    }
}

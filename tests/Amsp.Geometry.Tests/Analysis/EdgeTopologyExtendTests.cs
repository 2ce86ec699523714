using Amsp.Geometry.Analysis;
using Amsp.Geometry.Repair;
using CsCheck;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Analysis;

/// <summary>The repair's after-check extends the steps' topology by the hole patches instead of building it again.</summary>
public class EdgeTopologyExtendTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly Mesh Torus = MeshFactory.Torus(20, 5, 16, 8);
    private static readonly Mesh Spheres = Build(Join(UvSphere(10, 8, 12), Box(new Vec3(30, 0, 0), new Vec3(5, 5, 5))));

    private static readonly Gen<(int[] Moved, int[] Flipped, int[] Reversed)> Damage =
        Gen.Select(Gen.Int[0, 255].Array[0, 40], Gen.Int[0, 255].Array[0, 30], Gen.Int[0, 255].Array[0, 5]);

    [Fact]
    public void Extending_by_faces_gives_the_topology_a_build_gives()
    {
        Damage.Array[60].Sample(cases => Array.ForEach(cases, d =>
        {
            foreach (var mesh in new[] { Torus, Spheres })
            {
                // Old faces: the mesh without the moved faces, some of them reversed afterwards; new faces: the moved
                // ones (some reversed), appended. The topology of the old faces, extended, must be that of the whole.
                var t = mesh.TriangleCount;
                var moved = d.Moved.Select(f => f % t).ToHashSet();
                var all = Faces(mesh);
                var old = Enumerable.Range(0, t).Where(f => !moved.Contains(f)).ToList();
                var oldFaces = old.SelectMany(f => all.Skip(f * 3).Take(3)).ToList();
                var before = EdgeTopology.Build(WithFaces(mesh, oldFaces));
                var flipped = new bool[old.Count + moved.Count];
                foreach (var f in d.Flipped.Where(f => f % t < old.Count))
                {
                    flipped[f % t] = true;
                }

                var faces = new List<int>(oldFaces);
                for (var f = 0; f < old.Count; f++)
                {
                    if (flipped[f])
                    {
                        FlipFace(faces, f);
                    }
                }

                faces.AddRange(moved.SelectMany(f => all.Skip(f * 3).Take(3)));
                foreach (var f in d.Reversed.Where(f => f % t < moved.Count))
                {
                    FlipFace(faces, old.Count + (f % t));
                }

                var grown = WithFaces(mesh, faces);
                var extended = before.Extend(grown, flipped);
                Assert.NotNull(extended);
                extended.LabelExtended(grown);
                AssertSame(EdgeTopology.Build(grown), extended);
                Assert.Equal(MeshCheck.Check(grown), MeshCheck.Analyze(grown, null, extended));
            }
        }), seed: Seed, iter: 1, threads: 1);
    }

    [Fact]
    public void Faces_that_would_make_an_edge_non_manifold_or_a_duplicate_leave_it_to_a_build()
    {
        var faces = Faces(Torus);
        var topology = EdgeTopology.Build(Torus);
        Assert.Null(topology.Extend(WithFaces(Torus, [.. faces, .. faces.Take(3)]), null)); // a duplicate face
        Assert.Null(topology.Extend(WithFaces(Torus, [.. faces, faces[0], faces[1], faces[5]]), null)); // a third face on an edge

        var pinched = WithFaces(Torus, [.. faces, .. faces.Take(3)]);
        Assert.Null(EdgeTopology.Build(pinched).Extend(pinched, null)); // the old faces already have non-manifold edges
    }

    [Fact]
    public void The_repair_states_the_check_of_what_it_returns()
    {
        var damage = Gen.Select(Gen.Int[0, 255].Array[0, 12], Gen.Int[0, 255].Array[0, 12]);
        damage.Array[40].Sample(cases => Array.ForEach(cases, d =>
        {
            var faces = Faces(Torus);
            foreach (var f in d.Item2)
            {
                FlipFace(faces, f % Torus.TriangleCount);
            }

            foreach (var f in d.Item1.Select(f => f % Torus.TriangleCount).Distinct().OrderDescending())
            {
                faces.RemoveRange(f * 3, 3);
            }

            var result = MeshRepair.Repair(WithFaces(Torus, faces));
            Assert.Equal(MeshCheck.Check(result.Mesh), result.After);
        }), seed: Seed, iter: 1, threads: 1);
    }

    private static void AssertSame(EdgeTopology expected, EdgeTopology actual)
    {
        Assert.Equal(expected.Twin, actual.Twin);
        Assert.Equal(expected.Duplicate, actual.Duplicate);
        Assert.Equal(expected.PatchOfFace, actual.PatchOfFace);
        Assert.Equal(expected.Parity, actual.Parity);
        Assert.Equal(expected.ShellOfFace, actual.ShellOfFace);
        Assert.Equal((expected.PatchCount, expected.ShellCount), (actual.PatchCount, actual.ShellCount));
        Assert.Equal((expected.BoundaryEdges, expected.NonManifoldEdges, expected.DuplicateFaces), (actual.BoundaryEdges, actual.NonManifoldEdges, actual.DuplicateFaces));
    }
}

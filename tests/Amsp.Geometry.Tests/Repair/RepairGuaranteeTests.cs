using Amsp.Geometry.Analysis;
using Amsp.Geometry.Repair;
using CsCheck;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Repair;

/// <summary>
/// Repair never returns a mesh with more boundary edges, more non-manifold edges or fewer watertight shells than it
/// was given. Checked on randomly damaged meshes, both for the repair steps alone (the guard should rarely have to
/// act) and for <see cref="MeshRepair.Repair"/> (the guard makes it hold always).
/// </summary>
public class RepairGuaranteeTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Mesh[] Parts =
    [
        Sphere(10, 8, 16),
        Torus(20, 5, 16, 8),
        Build(Join(Box(default, new Vec3(10, 10, 10)), Box(new Vec3(3, 3, 3), new Vec3(4, 4, 4), inward: true))),
        Build(Join(UvSphere(5, 6, 12), Box(new Vec3(20, 0, 0), new Vec3(4, 4, 4)))),
    ];

    /// <summary>One kind of damage and where: 0 remove, 1 flip, 2 duplicate, 3 repeated-vertex face, 4 crack, 5 sliver, 6 reverse all.</summary>
    private static readonly Gen<(int Part, (int Kind, int Face, int Extra)[] Damage)> Damaged =
        Gen.Select(Gen.Int[0, Parts.Length - 1], Gen.Select(Gen.Int[0, 6], Gen.Int[0, 10_000], Gen.Int[0, 10_000]).Array[1, 8]);

    [Fact]
    public void The_repair_steps_never_make_a_mesh_worse()
    {
        var reverted = 0;
        Damaged.Array[120].Sample(cases => Array.ForEach(cases, c =>
        {
            var mesh = Damage(Parts[c.Part], c.Damage);
            var steps = MeshRepair.RunSteps(mesh, RepairOptions.Default);
            reverted += RepairGuard.Worse(steps) is null ? 0 : 1;
            var result = MeshRepair.Repair(mesh);
            Assert.Null(RepairGuard.Worse(result));
            var before = MeshCheck.Check(mesh);
            Assert.True(result.After.BoundaryEdges <= before.BoundaryEdges);
            Assert.True(result.After.NonManifoldEdges <= before.NonManifoldEdges);
            Assert.True(result.After.WatertightShells >= before.WatertightShells);
        }), seed: Seed, iter: 1, threads: 1);
        Assert.True(reverted <= 6, $"the guard had to act on {reverted} of 120 damaged meshes");
    }

    [Fact]
    public void Holes_flips_duplicates_and_debris_are_all_repaired()
    {
        Gen<(int Part, (int Kind, int Face, int Extra)[] Damage)> repairable =
            Gen.Select(Gen.Int[0, Parts.Length - 1], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 10_000], Gen.Int[0, 10_000]).Array[1, 5]);
        repairable.Array[60].Sample(cases => Array.ForEach(cases, c =>
        {
            var part = Parts[c.Part];
            var result = MeshRepair.Repair(Damage(part, c.Damage));
            Assert.Empty(result.Warnings);
            Assert.True(result.After.Watertight);
            Assert.Equal((0, 0, 0), (result.After.FlippedFaces, result.After.InvertedShells, result.After.DuplicateFaces));
            Assert.Equal(MeshCheck.Check(part).Shells, result.After.Shells);
        }), seed: Seed, iter: 1, threads: 1);
    }

    private static Mesh Damage(Mesh part, (int Kind, int Face, int Extra)[] damage)
    {
        var v = Enumerable.Range(0, part.VertexCount).Select(part.Vertex).ToList();
        var f = Faces(part);
        foreach (var (kind, at, extra) in damage)
        {
            var n = f.Count / 3;
            var face = at % n;
            switch (kind)
            {
                case 0 when n > 4:
                    f.RemoveRange(face * 3, 3);
                    break;
                case 1:
                    FlipFace(f, face);
                    break;
                case 2:
                    f.AddRange(f.GetRange(face * 3, 3));
                    break;
                case 3:
                    f.AddRange([f[face * 3], f[face * 3], f[(face * 3) + 1]]);
                    break;
                case 4:
                    // A crack: one corner gets its own copy of the vertex, moved a hair (or far, past the weld).
                    v.Add(v[f[face * 3]] + new Vec3(extra % 2 == 0 ? 1e-6 : 0.5, 0, 0));
                    f[face * 3] = v.Count - 1;
                    break;
                case 5:
                    Sliver(v, f, face, extra);
                    break;
                case 6:
                    Reverse(f);
                    break;
            }
        }

        return Build((v, f));
    }

    /// <summary>Splits one edge of a face at its middle on that face only and closes the T-junction with a sliver.</summary>
    private static void Sliver(List<Vec3> v, List<int> f, int face, int extra)
    {
        var k = extra % 3;
        var a = f[(face * 3) + k];
        var b = f[(face * 3) + ((k + 1) % 3)];
        var c = f[(face * 3) + ((k + 2) % 3)];
        v.Add((v[a] + v[b]) * 0.5);
        var m = v.Count - 1;
        f[(face * 3) + ((k + 1) % 3)] = m; // (a, m, c)
        f.AddRange([m, b, c, a, b, m]); // (m, b, c) and the sliver along a–b, paired with the old neighbour
    }
}

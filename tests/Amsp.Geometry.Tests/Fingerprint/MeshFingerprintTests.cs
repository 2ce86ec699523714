using Amsp.Geometry.Fingerprint;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Fingerprint;

public class MeshFingerprintTests
{
    [Fact]
    public void The_hash_ignores_triangle_order_vertex_order_and_starting_corner()
    {
        var sphere = Sphere();
        var faces = Faces(sphere).Chunk(3).Reverse().Select((t, i) => i % 2 == 0 ? new[] { t[1], t[2], t[0] } : t).SelectMany(t => t).ToList();
        var reordered = Mesh.FromTriangleSoup(Soup(WithFaces(sphere, faces)));
        Assert.NotEqual(sphere.Indices.ToArray(), reordered.Indices.ToArray());
        Assert.Equal(MeshFingerprint.Compute(sphere).Sha256, MeshFingerprint.Compute(reordered).Sha256);
    }

    [Fact]
    public void The_hash_changes_with_orientation_or_one_coordinate()
    {
        var cube = Cube();
        var flipped = Faces(cube);
        FlipFace(flipped, 0);
        var moved = cube.Positions.ToArray();
        moved[0] = 1e-3f;
        var hash = MeshFingerprint.Compute(cube).Sha256;
        Assert.NotEqual(hash, MeshFingerprint.Compute(WithFaces(cube, flipped)).Sha256);
        Assert.NotEqual(hash, MeshFingerprint.Compute(new Mesh(moved, 8, cube.Indices.ToArray(), 12)).Sha256);
    }

    [Fact]
    public void The_fingerprint_of_a_stored_model_does_not_change_between_versions()
    {
        // The copyright registry compares new uploads with fingerprints stored long ago: a faster computation must give
        // the same bits (values from the first implementation).
        var fingerprint = MeshFingerprint.Compute(Amsp.Geometry.Io.MeshReader.Read("Samples/bracket.stl"));
        Assert.Equal("56b1ea1f04b807130d9a93db8a5ecdf8c671b98f23c8f434cfbd47bcdf99dcd1", fingerprint.Sha256);
        var histogram = fingerprint.ShapeHistogram.ToArray();
        Assert.Equal(0.00096893310546875, histogram[0]);
        Assert.Equal(0.02037811279296875, histogram[7]);
        Assert.Equal("4df8318da25db9ed583a2ed3b91020b89595ce06f4843ee1388ae7318eef30a6",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(histogram.AsSpan()))));
    }

    [Fact]
    public void The_same_mesh_is_fully_similar_and_the_descriptor_is_deterministic()
    {
        var a = MeshFingerprint.Compute(Torus());
        var b = MeshFingerprint.Compute(Torus());
        Assert.Equal(a.ShapeHistogram, b.ShapeHistogram);
        Assert.Equal(1, a.Similarity(b));
        Assert.Equal(1, a.ShapeHistogram.Sum(), 9);
    }

    [Fact]
    public void A_retessellated_copy_is_highly_similar()
    {
        var coarse = MeshFingerprint.Compute(Sphere(10, 16, 32));
        var fine = MeshFingerprint.Compute(Sphere(10, 40, 80));
        Assert.True(coarse.Similarity(fine) > 0.9, $"similarity {coarse.Similarity(fine)}");
        var torus = MeshFingerprint.Compute(Torus(20, 5, 48, 24));
        var torusFine = MeshFingerprint.Compute(Torus(20, 5, 96, 48));
        Assert.True(torus.Similarity(torusFine) > 0.9, $"similarity {torus.Similarity(torusFine)}");
    }

    [Fact]
    public void Different_shapes_have_low_similarity()
    {
        var sphere = MeshFingerprint.Compute(Sphere());
        var torus = MeshFingerprint.Compute(Torus());
        var cube = MeshFingerprint.Compute(Cube());
        var bar = MeshFingerprint.Compute(Build(Box(default, new Vec3(100, 5, 5))));
        Assert.True(sphere.Similarity(torus) < 0.5, $"sphere/torus {sphere.Similarity(torus)}");
        Assert.True(cube.Similarity(bar) < 0.5, $"cube/bar {cube.Similarity(bar)}");
        Assert.True(torus.Similarity(bar) < 0.5, $"torus/bar {torus.Similarity(bar)}");
    }
}

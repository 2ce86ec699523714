namespace Amsp.Geometry.Fingerprint;

/// <summary>
/// Identity of a model for the copyright check: <see cref="Sha256"/> of the canonical welded mesh (equal only for the
/// same mesh, whatever the order of its triangles and vertices) and a <see cref="ShapeHistogram"/> for similar shapes.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the canonical mesh.</param>
/// <param name="ShapeHistogram">D2 shape distribution: 64 bins over 0..3 mean distances, summing to 1.</param>
public sealed record MeshFingerprint(string Sha256, IReadOnlyList<double> ShapeHistogram)
{
    /// <summary>Computes the fingerprint of a mesh.</summary>
    /// <param name="mesh">An exactly welded mesh (as the readers return it).</param>
    public static MeshFingerprint Compute(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        // The two halves only read the mesh and are of a size (sorts against sampling): one per core.
        string? sha256 = null;
        IReadOnlyList<double>? histogram = null;
        Parallel.Invoke(() => sha256 = CanonicalHash.Compute(mesh), () => histogram = ShapeDistribution.Compute(mesh));
        return new MeshFingerprint(sha256!, histogram!);
    }

    /// <summary>
    /// Similarity of two shapes in [0, 1], independent of position, rotation, uniform scale and tessellation:
    /// 1 for the same mesh, above about 0.9 for the same shape differently placed or tessellated, low for different shapes.
    /// </summary>
    /// <param name="other">The other fingerprint.</param>
    public double Similarity(MeshFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Sha256 == other.Sha256 ? 1 : ShapeDistribution.Similarity(ShapeHistogram, other.ShapeHistogram);
    }
}

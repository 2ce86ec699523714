namespace Amsp.Geometry.Repair;

/// <summary>Parameters of <see cref="MeshRepair"/>.</summary>
public sealed record RepairOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static RepairOptions Default { get; } = new();

    /// <summary>Vertices on boundary edges closer than this fraction of the bounding-box diagonal are welded; default 1e-6, zero for an exact weld only.</summary>
    public double RelativeWeldTolerance { get; init; } = 1e-6;

    /// <summary>Shells with fewer triangles than this are removed; default 0 (off).</summary>
    public int MinShellTriangles { get; init; }

    /// <summary>Holes with more boundary edges than this are filled with a fan around their centroid instead of ear clipping (which is quadratic or worse); default 250.</summary>
    public int MaxEarClippingLoop { get; init; } = 250;
}

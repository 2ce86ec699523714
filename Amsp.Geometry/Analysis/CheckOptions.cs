namespace Amsp.Geometry.Analysis;

/// <summary>Parameters of <see cref="MeshCheck"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>Weld tolerance for vertices on boundary edges, as a fraction of the bounding-box diagonal; default 1e-6. Zero turns the tolerant weld off.</summary>
    public double RelativeWeldTolerance { get; init; } = 1e-6;

    /// <summary>Direction in which layers are added; default +Z.</summary>
    public Vec3 BuildDirection { get; init; } = new(0, 0, 1);

    /// <summary>Overhang threshold in degrees from facing straight down; default 45.</summary>
    public double OverhangAngle { get; init; } = 45;

    /// <summary>
    /// Holes with more boundary edges than this are closed with a fan around their centroid instead of ear clipping,
    /// in <see cref="CheckReport.VolumeIfClosed"/> as in repair; default 250 (see <see cref="Repair.RepairOptions.MaxEarClippingLoop"/>).
    /// </summary>
    public int MaxEarClippingLoop { get; init; } = 250;

    /// <summary>Printer build volume (x, y, z in mm) to test the fit against; default none.</summary>
    public Vec3? BuildVolume { get; init; }
}

namespace Amsp.Geometry.Analysis;

/// <summary>What <see cref="ThinWalls"/> measured. Areas are surface areas: both faces of a thin wall count.</summary>
public sealed record ThinWallReport
{
    /// <summary>The minimum thickness the surface was held to (mm).</summary>
    public required double MinThickness { get; init; }

    /// <summary>Surface area whose measured wall thickness is below the minimum (mm²).</summary>
    public required double ThinArea { get; init; }

    /// <summary>How far each ray looked for the opposite wall (mm): walls thicker than this count as thick, unmeasured.</summary>
    public required double RayLength { get; init; }

    /// <summary>Total surface area (mm²).</summary>
    public required double Area { get; init; }

    /// <summary>The thinnest wall measured anywhere (mm); +∞ when no wall is thinner than <see cref="RayLength"/>.</summary>
    public required double ThinnestWall { get; init; }

    /// <summary>Number of surface samples (rays cast).</summary>
    public required int Samples { get; init; }

    /// <summary>Connected thin regions, largest first (at most the number asked for).</summary>
    public required IReadOnlyList<ThinWallCluster> Clusters { get; init; }

    /// <summary>Total number of thin regions, also those beyond <see cref="Clusters"/>.</summary>
    public required int ClusterCount { get; init; }
}

/// <summary>
/// One connected thin region: thin faces sharing a vertex, and the faces on both sides of one thin wall, are one region.
/// </summary>
/// <param name="Centroid">Area-weighted centre of its thin samples.</param>
/// <param name="Area">Its thin surface area (mm²).</param>
/// <param name="MinThickness">Its thinnest measured wall (mm).</param>
/// <param name="BboxMin">Lower corner of its samples' bounding box.</param>
/// <param name="BboxMax">Upper corner of its samples' bounding box.</param>
public readonly record struct ThinWallCluster(Vec3 Centroid, double Area, double MinThickness, Vec3 BboxMin, Vec3 BboxMax);

/// <summary>How finely <see cref="ThinWalls"/> samples the surface.</summary>
public sealed record ThinWallOptions
{
    /// <summary>Default options.</summary>
    public static readonly ThinWallOptions Default = new();

    /// <summary>Surface area per sample (mm²); every triangle gets at least one. Default 0.25 (a 0.5 mm grid).</summary>
    public double SampleArea { get; init; } = 0.25;

    /// <summary>Samples beyond one per triangle are capped so the total stays near this; the sample area grows instead.</summary>
    public int MaxSamples { get; init; } = 1 << 21;

    /// <summary>
    /// How far a ray looks for the opposite wall, in multiples of the minimum thickness (at least 1). Walls are only
    /// measured up to there: a short ray stays among the triangles near its start, which keeps big meshes fast.
    /// </summary>
    public double RayLength { get; init; } = 4;

    /// <summary>Regions listed in the report, largest first.</summary>
    public int MaxClusters { get; init; } = 50;
}

using Amsp.Domain.Catalog;

namespace Amsp.Activities.Services;

/// <summary>What mesh detection found, stored on the order as JSON and shown to the customer.</summary>
public sealed record OrderAnalysis
{
    /// <summary>Factor applied to the model's coordinates to get millimetres (25.4 for a model in inches).</summary>
    public required double Scale { get; init; }

    public required MeshSummary Mesh { get; init; }

    public required IReadOnlyList<ThinWallFinding> ThinWalls { get; init; }

    public required IReadOnlyList<PrinterFinding> Printers { get; init; }
}

/// <summary>The mesh check in millimetres: counts of defects, measures, size.</summary>
public sealed record MeshSummary(int Triangles, bool Watertight, int Holes, int BoundaryEdges, int NonManifoldEdges, int FlippedFaces,
    int DegenerateFaces, int DuplicateFaces, int InvertedShells, int Shells, double? VolumeMm3, double? VolumeIfClosedMm3, double AreaMm2,
    double[] SizeMm, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether a repair has work to do.</summary>
    public bool NeedsRepair => !Watertight || FlippedFaces > 0 || DegenerateFaces > 0 || DuplicateFaces > 0 || InvertedShells > 0;

    /// <summary>The part's volume for pricing: as measured, or with its holes closed.</summary>
    public double PricingVolumeMm3 => VolumeMm3 ?? VolumeIfClosedMm3 ?? 0;
}

/// <summary>Walls thinner than a material's minimum: where and how much.</summary>
public sealed record ThinWallFinding(double MinThickness, double ThinAreaMm2, double ThinnestWall, double AreaShare, IReadOnlyList<ThinSpot> Spots);

public sealed record ThinSpot(double[] Centroid, double AreaMm2, double MinThickness);

/// <summary>One printer: can it make the part, in which material, turned how, with how much overhang and support.</summary>
public sealed record PrinterFinding(Guid PrinterId, string PrinterName, Guid AmCentreId, string AmCentreName, ProcessCategory Process,
    bool Capable, Orientation? Orientation, double OverhangAreaMm2, double SupportVolumeMm3, IReadOnlyList<Guid> MaterialIds,
    IReadOnlyList<string> Reasons);

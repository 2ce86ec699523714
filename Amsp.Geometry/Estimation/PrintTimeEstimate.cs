namespace Amsp.Geometry.Estimation;

/// <summary>An estimated machine time with its breakdown by feature.</summary>
public sealed record PrintTimeEstimate
{
    /// <summary>Process family, ISO/ASTM 52900: "MEX", "PBF", "VPP", or the family named in <see cref="VolumeRateParameters"/>.</summary>
    public required string Process { get; init; }

    /// <summary>Total machine time (s): the sum of <see cref="Breakdown"/>.</summary>
    public required double Seconds { get; init; }

    /// <summary>Number of layers.</summary>
    public required int Layers { get; init; }

    /// <summary>Seconds per feature (see <see cref="PrintFeatures"/>), in a fixed order; features that take no time are listed with 0.</summary>
    public required IReadOnlyList<TimeShare> Breakdown { get; init; }

    /// <summary>Material deposited or solidified (mm³): for MEX the extruded volume, less than the part's with sparse infill.</summary>
    public required double MaterialVolume { get; init; }

    /// <summary>The total as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>Seconds of one feature (0 when the process has no such feature).</summary>
    /// <param name="feature">A name from <see cref="PrintFeatures"/>.</param>
    public double SecondsOf(string feature) => Breakdown.Where(b => b.Feature == feature).Sum(b => b.Seconds);

    internal static PrintTimeEstimate Create(string process, int layers, double material, params TimeShare[] parts) => new()
    {
        Process = process,
        Layers = layers,
        MaterialVolume = material,
        Breakdown = parts,
        Seconds = parts.Sum(p => p.Seconds),
    };
}

/// <summary>The time one feature of a print takes.</summary>
/// <param name="Feature">A name from <see cref="PrintFeatures"/>.</param>
/// <param name="Seconds">Its time (s).</param>
public readonly record struct TimeShare(string Feature, double Seconds);

/// <summary>Names of the features in a <see cref="PrintTimeEstimate"/>'s breakdown.</summary>
public static class PrintFeatures
{
    /// <summary>MEX: perimeter loops (outer, inner, small), skirt included.</summary>
    public const string Perimeters = "perimeters";

    /// <summary>MEX: sparse infill with its anchors.</summary>
    public const string Infill = "infill";

    /// <summary>MEX: solid infill of top and bottom layers, bridges and areas too small for sparse infill.</summary>
    public const string TopBottom = "topBottom";

    /// <summary>MEX: travel moves and retractions.</summary>
    public const string Travel = "travel";

    /// <summary>Every process: fixed time per layer and per print (layer changes, start-up, for MEX the cooling waits are in the extrusion features).</summary>
    public const string Overhead = "overhead";

    /// <summary>PBF: laser or heater scanning of the cross-sections and their contours.</summary>
    public const string Scanning = "scanning";

    /// <summary>PBF: spreading a new powder layer.</summary>
    public const string Recoating = "recoating";

    /// <summary>PBF: heating the build chamber up and cooling it down.</summary>
    public const string HeatUpCoolDown = "heatUpCoolDown";

    /// <summary>VPP: curing the layers.</summary>
    public const string Exposure = "exposure";

    /// <summary>VPP: lifting and lowering the platform between layers (peel).</summary>
    public const string Lift = "lift";

    /// <summary>Volume-rate model: depositing the part's volume at the machine's rate.</summary>
    public const string Deposition = "deposition";
}

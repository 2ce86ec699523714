namespace Amsp.Geometry.Estimation;

/// <summary>
/// Powder bed fusion of polymers (PBF-P, SLS). Time = heat-up + layers × recoat + scanned area / (scan speed × hatch
/// spacing) + contour length × contour scans / scan speed + cool-down. Defaults are typical of an industrial SLS machine
/// (0.1 mm layers, 10 s recoat, 5 m/s scanning at 0.25 mm hatch). The fixed terms are for a build holding this part
/// alone; a shared build divides them among its parts.
/// </summary>
public sealed record PowderBedParameters : ProcessParameters
{
    /// <summary>Creates the defaults, with 0.1 mm layers.</summary>
    public PowderBedParameters() => LayerHeight = 0.1;

    /// <summary>Spreading one powder layer (s).</summary>
    public double RecoatTime { get; init; } = 10;

    /// <summary>Laser speed while filling a cross-section (mm/s).</summary>
    public double ScanSpeed { get; init; } = 5000;

    /// <summary>Distance between neighbouring scan lines (mm).</summary>
    public double HatchSpacing { get; init; } = 0.25;

    /// <summary>Scans along each contour of each layer.</summary>
    public int ContourScans { get; init; } = 1;

    /// <summary>Heating the chamber before the build (s).</summary>
    public double HeatUpTime { get; init; } = 5400;

    /// <summary>Cooling the build in the machine after the last layer (s).</summary>
    public double CoolDownTime { get; init; } = 3600;

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        Positive(ScanSpeed, nameof(ScanSpeed));
        Positive(HatchSpacing, nameof(HatchSpacing));
        NotNegative(RecoatTime, nameof(RecoatTime));
        NotNegative(HeatUpTime, nameof(HeatUpTime));
        NotNegative(CoolDownTime, nameof(CoolDownTime));
        if (ContourScans is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(ContourScans), ContourScans, "ContourScans must be 0 to 100.");
        }
    }
}

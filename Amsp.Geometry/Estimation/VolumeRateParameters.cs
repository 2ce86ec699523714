namespace Amsp.Geometry.Estimation;

/// <summary>
/// Any other process (binder or material jetting, directed energy deposition, metal PBF without a scan model, sheet
/// lamination): time = setup + part volume / volume rate + layers × layer time.
/// </summary>
public sealed record VolumeRateParameters : ProcessParameters
{
    /// <summary>Process family name reported in the estimate (ISO/ASTM 52900, e.g. "BJT", "MJT", "DED", "PBF-LB/M").</summary>
    public string Process { get; init; } = "other";

    /// <summary>Material deposited or fused per hour (mm³/h).</summary>
    public double VolumeRate { get; init; } = 20_000;

    /// <summary>Fixed time per layer (s).</summary>
    public double LayerTime { get; init; }

    /// <summary>Fixed time per build (s).</summary>
    public double SetupTime { get; init; }

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        Positive(VolumeRate, nameof(VolumeRate));
        NotNegative(LayerTime, nameof(LayerTime));
        NotNegative(SetupTime, nameof(SetupTime));
        if (string.IsNullOrWhiteSpace(Process))
        {
            throw new ArgumentOutOfRangeException(nameof(Process), "Process must name the family.");
        }
    }
}

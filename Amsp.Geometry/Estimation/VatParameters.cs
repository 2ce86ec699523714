namespace Amsp.Geometry.Estimation;

/// <summary>
/// Vat photopolymerisation (VPP: SLA, DLP, MSLA). Each layer is cured at once (a mask or projector), so time =
/// bottom layers × bottom exposure + other layers × exposure + layers × lift (peel, lower, settle). With a
/// <see cref="ScanRate"/> (a laser SLA), curing takes the cross-section area over the rate instead of a fixed exposure.
/// Defaults are typical of a desktop MSLA printer with 0.05 mm layers.
/// </summary>
public sealed record VatParameters : ProcessParameters
{
    /// <summary>Creates the defaults, with 0.05 mm layers.</summary>
    public VatParameters() => LayerHeight = 0.05;

    /// <summary>Exposure of a normal layer (s).</summary>
    public double ExposureTime { get; init; } = 2.5;

    /// <summary>First layers, exposed longer to stick to the platform.</summary>
    public int BottomLayers { get; init; } = 5;

    /// <summary>Exposure of a bottom layer (s).</summary>
    public double BottomExposureTime { get; init; } = 25;

    /// <summary>Lift, lower and settle between layers (s).</summary>
    public double LiftTime { get; init; } = 6;

    /// <summary>Laser SLA: area cured per second (mm²/s); 0 for a whole-layer exposure.</summary>
    public double ScanRate { get; init; }

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        NotNegative(ExposureTime, nameof(ExposureTime));
        NotNegative(BottomExposureTime, nameof(BottomExposureTime));
        NotNegative(LiftTime, nameof(LiftTime));
        NotNegative(ScanRate, nameof(ScanRate));
        if (BottomLayers is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BottomLayers), BottomLayers, "BottomLayers must be 0 to 10000.");
        }
    }
}

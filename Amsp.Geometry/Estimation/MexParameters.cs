namespace Amsp.Geometry.Estimation;

/// <summary>
/// Material extrusion (MEX, FDM/FFF). Defaults are PrusaSlicer 2.5's built-in defaults with a 0.2 mm layer and 20 %
/// infill, the profile the estimator is calibrated against (docs/quoting.md): 0.4 mm nozzle, 0.45 mm lines, three
/// perimeters, three top and bottom layers, firmware limits of 1500 mm/s² and 10 mm/s jerk.
/// </summary>
public sealed record MexParameters : ProcessParameters
{
    /// <summary>First layer thickness (mm).</summary>
    public double FirstLayerHeight { get; init; } = 0.35;

    /// <summary>Nozzle diameter (mm): the width of bridge lines.</summary>
    public double NozzleDiameter { get; init; } = 0.4;

    /// <summary>Extrusion width of perimeters and infill (mm).</summary>
    public double LineWidth { get; init; } = 0.45;

    /// <summary>Extrusion width of the top skin (mm).</summary>
    public double TopLineWidth { get; init; } = 0.40;

    /// <summary>Extrusion width on the first layer (mm).</summary>
    public double FirstLayerLineWidth { get; init; } = 0.70;

    /// <summary>Perimeter loops.</summary>
    public int Perimeters { get; init; } = 3;

    /// <summary>Solid layers under a top surface.</summary>
    public int TopLayers { get; init; } = 3;

    /// <summary>Solid layers over a bottom surface.</summary>
    public int BottomLayers { get; init; } = 3;

    /// <summary>Sparse infill density, 0 to 1.</summary>
    public double InfillDensity { get; init; } = 0.2;

    /// <summary>Sparse infill regions smaller than this are filled solid (mm²).</summary>
    public double SolidInfillBelowArea { get; init; } = 70;

    /// <summary>Extra path per sparse infill line: the anchor joining it to the next one along the perimeter (mm).</summary>
    public double InfillAnchor { get; init; } = 1.7;

    /// <summary>Inner perimeter speed (mm/s).</summary>
    public double PerimeterSpeed { get; init; } = 60;

    /// <summary>Outer perimeter speed (mm/s).</summary>
    public double ExternalPerimeterSpeed { get; init; } = 30;

    /// <summary>Speed of loops around contours shorter than <see cref="SmallPerimeterLimit"/> (mm/s).</summary>
    public double SmallPerimeterSpeed { get; init; } = 15;

    /// <summary>Contours shorter than this are small perimeters (mm): a 6.5 mm radius circle.</summary>
    public double SmallPerimeterLimit { get; init; } = 2 * Math.PI * 6.5;

    /// <summary>Sparse infill speed (mm/s).</summary>
    public double InfillSpeed { get; init; } = 80;

    /// <summary>Solid infill speed (mm/s).</summary>
    public double SolidInfillSpeed { get; init; } = 20;

    /// <summary>Top skin speed (mm/s).</summary>
    public double TopSolidInfillSpeed { get; init; } = 15;

    /// <summary>Bridge speed (mm/s).</summary>
    public double BridgeSpeed { get; init; } = 60;

    /// <summary>Speed of every extrusion on the first layer (mm/s).</summary>
    public double FirstLayerSpeed { get; init; } = 30;

    /// <summary>Travel speed (mm/s).</summary>
    public double TravelSpeed { get; init; } = 130;

    /// <summary>Acceleration of printing and travel moves (mm/s²).</summary>
    public double Acceleration { get; init; } = 1500;

    /// <summary>Largest instant change of an axis' speed at a corner (mm/s).</summary>
    public double Jerk { get; init; } = 10;

    /// <summary>Filament retracted before a travel (mm).</summary>
    public double RetractLength { get; init; } = 2;

    /// <summary>Retraction and de-retraction speed (mm/s).</summary>
    public double RetractSpeed { get; init; } = 40;

    /// <summary>Travels shorter than this do not retract (mm).</summary>
    public double RetractBeforeTravel { get; init; } = 2;

    /// <summary>A layer printed faster than this is slowed down to it for cooling (s); 0 turns cooling off.</summary>
    public double MinLayerTime { get; init; } = 5;

    /// <summary>Cooling never slows extrusion below this speed (mm/s).</summary>
    public double MinPrintSpeed { get; init; } = 10;

    /// <summary>Skirt loops around the first layer.</summary>
    public int SkirtLoops { get; init; } = 1;

    /// <summary>Distance of the skirt from the part (mm).</summary>
    public double SkirtDistance { get; init; } = 6;

    /// <summary>Z speed for layer changes (mm/s).</summary>
    public double ZSpeed { get; init; } = 12;

    /// <summary>Z acceleration for layer changes (mm/s²).</summary>
    public double ZAcceleration { get; init; } = 500;

    /// <summary>Fixed time per layer beyond the moves: a wipe, a pause, a camera shot (s).</summary>
    public double LayerOverhead { get; init; }

    /// <summary>Fixed time per print: heating, homing, purge line (s). PrusaSlicer's estimate leaves heating out.</summary>
    public double StartOverhead { get; init; }

    /// <summary>Filament diameter (mm), to report the length of filament used.</summary>
    public double FilamentDiameter { get; init; } = 1.75;

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        foreach (var (v, n) in new[]
        {
            (FirstLayerHeight, nameof(FirstLayerHeight)), (NozzleDiameter, nameof(NozzleDiameter)), (LineWidth, nameof(LineWidth)),
            (TopLineWidth, nameof(TopLineWidth)), (FirstLayerLineWidth, nameof(FirstLayerLineWidth)), (PerimeterSpeed, nameof(PerimeterSpeed)),
            (ExternalPerimeterSpeed, nameof(ExternalPerimeterSpeed)), (SmallPerimeterSpeed, nameof(SmallPerimeterSpeed)),
            (InfillSpeed, nameof(InfillSpeed)), (SolidInfillSpeed, nameof(SolidInfillSpeed)), (TopSolidInfillSpeed, nameof(TopSolidInfillSpeed)),
            (BridgeSpeed, nameof(BridgeSpeed)), (FirstLayerSpeed, nameof(FirstLayerSpeed)), (TravelSpeed, nameof(TravelSpeed)),
            (Acceleration, nameof(Acceleration)), (Jerk, nameof(Jerk)), (RetractSpeed, nameof(RetractSpeed)), (MinPrintSpeed, nameof(MinPrintSpeed)),
            (ZSpeed, nameof(ZSpeed)), (ZAcceleration, nameof(ZAcceleration)), (FilamentDiameter, nameof(FilamentDiameter)),
        })
        {
            Positive(v, n);
        }

        foreach (var (v, n) in new[]
        {
            (InfillAnchor, nameof(InfillAnchor)), (SolidInfillBelowArea, nameof(SolidInfillBelowArea)), (SmallPerimeterLimit, nameof(SmallPerimeterLimit)),
            (RetractLength, nameof(RetractLength)), (RetractBeforeTravel, nameof(RetractBeforeTravel)), (MinLayerTime, nameof(MinLayerTime)),
            (SkirtDistance, nameof(SkirtDistance)), (LayerOverhead, nameof(LayerOverhead)), (StartOverhead, nameof(StartOverhead)),
        })
        {
            NotNegative(v, n);
        }

        if (InfillDensity is < 0 or > 1 || double.IsNaN(InfillDensity))
        {
            throw new ArgumentOutOfRangeException(nameof(InfillDensity), InfillDensity, "InfillDensity must be between 0 and 1.");
        }

        if (Perimeters is < 0 or > 100 || TopLayers is < 0 or > 1000 || BottomLayers is < 0 or > 1000 || SkirtLoops is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Perimeters), "Perimeters and skirt loops must be 0 to 100, top and bottom layers 0 to 1000.");
        }
    }

    /// <summary>Centre distance of neighbouring lines of width <paramref name="width"/> in a layer of <paramref name="height"/>: rounded sides overlap.</summary>
    /// <param name="width">Extrusion width (mm).</param>
    /// <param name="height">Layer height (mm).</param>
    public static double Spacing(double width, double height) => width - (height * (1 - (Math.PI / 4)));
}

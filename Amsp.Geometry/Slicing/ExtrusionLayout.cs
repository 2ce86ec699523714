namespace Amsp.Geometry.Slicing;

/// <summary>How an FDM (MEX) slicer lays a layer out: the figures that decide perimeters, infill and solid layers.</summary>
public sealed record ExtrusionLayout
{
    /// <summary>Centre-to-centre distance of neighbouring extrusions on every layer but the first (mm).</summary>
    public double LineSpacing { get; init; } = 0.407;

    /// <summary>Centre-to-centre distance of neighbouring extrusions on the first layer (mm).</summary>
    public double FirstLayerLineSpacing { get; init; } = 0.625;

    /// <summary>
    /// Outline length over which a slicer joins fill lines into one path (mm); PrusaSlicer 2.5 chains its infill lines
    /// along the boundary, and on the calibration parts a new path starts about every 40 mm of (x plus y) outline.
    /// </summary>
    public double FillChainLength { get; init; } = 40;

    /// <summary>Perimeter loops around every contour.</summary>
    public int Perimeters { get; init; } = 3;

    /// <summary>Solid layers under every surface that faces up, the surface's own layer included.</summary>
    public int TopLayers { get; init; } = 3;

    /// <summary>Solid layers over every surface that faces down, the surface's own layer included.</summary>
    public int BottomLayers { get; init; } = 3;

    /// <summary>Connected sparse-infill areas smaller than this are filled solid instead (mm²).</summary>
    public double SolidBelowArea { get; init; } = 70;

    /// <summary>Loops shorter than this are small perimeters, which slicers print slower (mm; PrusaSlicer: a 6.5 mm radius circle).</summary>
    public double SmallPerimeterLimit { get; init; } = 2 * Math.PI * 6.5;

    /// <summary>Distance between the rows of the region grid (mm); 0 picks half the line spacing, coarser for very wide parts.</summary>
    public double RowPitch { get; init; }

    /// <summary>Throws when a figure is out of range.</summary>
    public void Validate()
    {
        Positive(LineSpacing, nameof(LineSpacing));
        Positive(FirstLayerLineSpacing, nameof(FirstLayerLineSpacing));
        Positive(FillChainLength, nameof(FillChainLength));
        if (Perimeters is < 0 or > 100 || TopLayers is < 0 or > 1000 || BottomLayers is < 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(Perimeters), "Perimeters must be 0 to 100, top and bottom layers 0 to 1000.");
        }

        if (!(SolidBelowArea >= 0) || !(RowPitch >= 0) || !double.IsFinite(RowPitch) || !double.IsFinite(SolidBelowArea))
        {
            throw new ArgumentOutOfRangeException(nameof(RowPitch), "SolidBelowArea and RowPitch must be finite and not negative.");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");
        }
    }
}

namespace Amsp.Geometry.Slicing;

/// <summary>
/// What one layer asks of an FDM printer, in lengths of extrusion path and areas (mm, mm²). Perimeter lengths are the
/// area of the perimeter band divided by the line spacing, so thin features that cannot hold every loop get what fits.
/// The four fill regions do not overlap.
/// </summary>
/// <param name="Layer">Layer number from the plate.</param>
/// <param name="Area">Cross-section area.</param>
/// <param name="ContourLength">Length of the layer's contours.</param>
/// <param name="Contours">Number of contours (outer boundaries and holes).</param>
/// <param name="Islands">Outer boundaries: separate pieces of the layer.</param>
/// <param name="ExternalPerimeterLength">Path length of the outermost loops.</param>
/// <param name="PerimeterLength">Path length of every loop, the outermost included.</param>
/// <param name="SmallPerimeterLength">Part of <paramref name="PerimeterLength"/> around contours shorter than the small-perimeter limit.</param>
/// <param name="Sparse">Sparse infill.</param>
/// <param name="Solid">Solid infill inside the part (not open to the air above, not over air or sparse infill).</param>
/// <param name="Top">Solid infill open to the air above: the visible top skin.</param>
/// <param name="Bridge">Solid infill over air or over sparse infill, printed as a bridge.</param>
/// <param name="Travels">
/// Travels between separate paths, besides those to an island's holes (<paramref name="HoleTravels"/>): to each island and
/// to each separate piece of fill. Fill lines are joined along the region's boundary, so a fill needs one path per
/// part, one more per hole and one more per <see cref="ExtrusionLayout.FillChainLength"/> of outline.
/// </param>
/// <param name="TravelLength">
/// Their estimated total length: the travels' targets taken as spread evenly over the layer's bounding rectangle, so a
/// travel is about the square root of that rectangle's area per travel.
/// </param>
/// <param name="HoleTravels">Travels from an island's loops to those of each of its holes.</param>
/// <param name="HoleTravelLength">
/// Their estimated total length: across the material less the loops for an island with one hole (short on a thin
/// wall), from hole to hole for an island with several.
/// </param>
public readonly record struct LayerMeasures(
    int Layer,
    double Area,
    double ContourLength,
    int Contours,
    int Islands,
    double ExternalPerimeterLength,
    double PerimeterLength,
    double SmallPerimeterLength,
    FillRegion Sparse,
    FillRegion Solid,
    FillRegion Top,
    FillRegion Bridge,
    double Travels,
    double TravelLength,
    double HoleTravels,
    double HoleTravelLength);

/// <summary>One kind of fill in one layer.</summary>
/// <param name="Area">Area to fill (mm²).</param>
/// <param name="Outline">
/// Length of the region's boundary projected on x plus projected on y (mm): a line fill at spacing d in direction θ
/// crosses the boundary about (|sin θ| × x-part + |cos θ| × y-part) / d times, which gives the number of lines.
/// </param>
/// <param name="Parts">Connected pieces of the region.</param>
/// <param name="Holes">Holes in them: each splits the lines of a fill, which then need more separate paths.</param>
public readonly record struct FillRegion(double Area, double Outline, int Parts, int Holes);

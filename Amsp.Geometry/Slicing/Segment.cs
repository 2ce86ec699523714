namespace Amsp.Geometry.Slicing;

/// <summary>
/// One triangle's cut by one plane: from the crossing on the edge where the triangle goes down through the plane to
/// the crossing on the edge where it comes back up, so the part's material is on the left (outer contours run
/// counter-clockwise seen from above). Each crossing is named by its mesh edge, so contours are chained by topology,
/// never by comparing coordinates.
/// </summary>
internal struct Segment
{
    public float X0;
    public float Y0;
    public float X1;
    public float Y1;

    /// <summary>Edge (lower vertex index in the high half) on which the segment starts.</summary>
    public long From;

    /// <summary>Edge on which the segment ends: the next segment of the contour starts on it.</summary>
    public long To;
}

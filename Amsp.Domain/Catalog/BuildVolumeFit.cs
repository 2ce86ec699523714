namespace Amsp.Domain.Catalog;

/// <summary>How a part is turned to fit a build volume: which of its axes stands along the printer's X, Y and Z.</summary>
/// <param name="Axes">The part's axes along the printer's X, Y, Z, e.g. <c>XYZ</c> (as modelled) or <c>ZXY</c>.</param>
/// <param name="X">The part's extent along the printer's X in this orientation, mm.</param>
/// <param name="Y">The part's extent along the printer's Y, mm.</param>
/// <param name="Z">The part's height on the printer, mm.</param>
public sealed record Orientation(string Axes, double X, double Y, double Z);

/// <summary>
/// Whether a part's bounding box fits a build volume in one of the six axis-aligned orientations (rotations about
/// other angles are not tried: a part that only fits diagonally is reported as not fitting). The part's own
/// orientation is preferred; otherwise the fitting orientation with the lowest height (fewest layers) is taken.
/// </summary>
public static class BuildVolumeFit
{
    private static readonly (string Axes, int A, int B, int C)[] Permutations =
        [("XYZ", 0, 1, 2), ("YXZ", 1, 0, 2), ("XZY", 0, 2, 1), ("ZXY", 2, 0, 1), ("YZX", 1, 2, 0), ("ZYX", 2, 1, 0)];

    /// <returns>The orientation, or null when the part fits in none.</returns>
    public static Orientation? Find((double X, double Y, double Z) part, BuildVolume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        double[] size = [part.X, part.Y, part.Z];
        double[] limit = [(double)volume.X, (double)volume.Y, (double)volume.Z];
        Orientation? best = null;
        foreach (var (axes, a, b, c) in Permutations)
        {
            if (size[a] <= limit[0] && size[b] <= limit[1] && size[c] <= limit[2] && (best is null || size[c] < best.Z))
            {
                if (axes == "XYZ")
                {
                    return new Orientation(axes, size[a], size[b], size[c]);
                }
                best = new Orientation(axes, size[a], size[b], size[c]);
            }
        }
        return best;
    }
}

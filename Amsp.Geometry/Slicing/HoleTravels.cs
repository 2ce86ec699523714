namespace Amsp.Geometry.Slicing;

/// <summary>
/// Estimates the travels from an island's loops to the loops of its holes. A hole is given to the smallest island
/// whose bounding rectangle holds the hole's. With one hole the travel crosses the material between the two contours,
/// less the loops on both sides (a box's wall: short, no retraction); with several, each travel goes from hole to hole,
/// about the square root of the island's rectangle per contour apart.
/// </summary>
internal static class HoleTravels
{
    public static (double Count, double Length) Estimate(Slices slices, int layer, double loopsWidth)
    {
        int first = slices.FirstContour(layer), end = slices.EndContour(layer);
        var n = end - first;
        if (n < 2)
        {
            return (0, 0);
        }

        var boxes = new (float X0, float Y0, float X1, float Y1)[n];
        for (var c = 0; c < n; c++)
        {
            boxes[c] = Bounds(slices.ContourPoints(first + c));
        }

        var holes = new int[n];   // per island: its holes
        var area = new double[n]; // per island: its area, holes subtracted
        var length = new double[n];
        for (var c = 0; c < n; c++)
        {
            var a = slices.ContourArea(first + c);
            var owner = c;
            if (a < 0)
            {
                owner = -1;
                for (var k = 0; k < n; k++)
                {
                    var ak = slices.ContourArea(first + k);
                    if (ak > 0 && Holds(boxes[k], boxes[c]) && (owner < 0 || ak < slices.ContourArea(first + owner)))
                    {
                        owner = k;
                    }
                }

                if (owner < 0)
                {
                    continue; // an open or odd contour: no island around it
                }

                holes[owner]++;
            }

            area[owner] += a;
            length[owner] += slices.ContourLength(first + c);
        }

        double count = 0, total = 0;
        for (var c = 0; c < n; c++)
        {
            if (holes[c] == 0)
            {
                continue;
            }

            var b = boxes[c];
            var hop = holes[c] == 1
                ? Math.Max(loopsWidth / 3, (2 * area[c] / length[c]) - loopsWidth)
                : Math.Sqrt((double)(b.X1 - b.X0) * (b.Y1 - b.Y0) / (holes[c] + 1));
            count += holes[c];
            total += holes[c] * hop;
        }

        return (count, total);
    }

    private static bool Holds((float X0, float Y0, float X1, float Y1) outer, (float X0, float Y0, float X1, float Y1) inner) =>
        outer.X0 <= inner.X0 && outer.Y0 <= inner.Y0 && outer.X1 >= inner.X1 && outer.Y1 >= inner.Y1;

    private static (float X0, float Y0, float X1, float Y1) Bounds(ReadOnlySpan<float> xy)
    {
        float x0 = float.MaxValue, y0 = float.MaxValue, x1 = float.MinValue, y1 = float.MinValue;
        for (var k = 0; k < xy.Length; k += 2)
        {
            (x0, x1) = (Math.Min(x0, xy[k]), Math.Max(x1, xy[k]));
            (y0, y1) = (Math.Min(y0, xy[k + 1]), Math.Max(y1, xy[k + 1]));
        }

        return (x0, y0, x1, y1);
    }
}

namespace Amsp.Geometry.Spatial;

/// <summary>Convex hull of points in the plane (Andrew's monotone chain), for the skirt around a first layer.</summary>
internal static class ConvexHull2
{
    /// <summary>Perimeter of the convex hull of the x, y pairs in <paramref name="xy"/> (0 for fewer than two distinct points).</summary>
    public static double Perimeter(ReadOnlySpan<float> xy)
    {
        var n = xy.Length / 2;
        if (n < 2)
        {
            return 0;
        }

        var points = new (double X, double Y)[n];
        for (var i = 0; i < n; i++)
        {
            points[i] = (xy[2 * i], xy[(2 * i) + 1]);
        }

        Array.Sort(points);
        var hull = new (double X, double Y)[2 * n];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            while (k >= 2 && Cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            {
                k--;
            }

            hull[k++] = points[i];
        }

        var lower = k + 1; // the upper chain never pops into the lower one
        for (var i = n - 2; i >= 0; i--)
        {
            while (k >= lower && Cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            {
                k--;
            }

            hull[k++] = points[i];
        }

        k--; // the last point repeats the first
        if (k < 2)
        {
            return 0;
        }

        double length = 0;
        for (var i = 0; i < k; i++)
        {
            var (a, b) = (hull[i], hull[(i + 1) % k]);
            length += Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
        }

        return length;
    }

    private static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
        ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));
}

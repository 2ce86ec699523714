namespace Amsp.Geometry.Estimation;

/// <summary>
/// Firmware motion as slicers' time estimators model it: every move accelerates to its speed and decelerates with a
/// fixed acceleration; the speed through a corner is limited by the jerk (the largest instant change of an axis'
/// speed, Marlin's classic rule), and a look-ahead pass makes every entry and exit speed reachable.
/// </summary>
internal static class Motion
{
    /// <summary>Time of a straight move from rest-like speed <paramref name="ends"/> to the same at the other end.</summary>
    public static double Move(double length, double speed, double acceleration, double ends)
    {
        if (length <= 0)
        {
            return 0;
        }

        ends = Math.Min(ends, speed);
        var ramp = ((speed * speed) - (ends * ends)) / acceleration; // accelerating plus decelerating distance
        if (ramp <= length)
        {
            return ((length - ramp) / speed) + (2 * (speed - ends) / acceleration);
        }

        var peak = Math.Sqrt((ends * ends) + (acceleration * length));
        return 2 * (peak - ends) / acceleration;
    }

    /// <summary>
    /// Time to trace a closed polygon (x, y pairs) once at <paramref name="speed"/>, starting and ending at the jerk
    /// speed, with the speed through each corner limited by <paramref name="jerk"/>.
    /// </summary>
    public static double Loop(ReadOnlySpan<float> xy, double speed, double acceleration, double jerk)
    {
        var n = xy.Length / 2;
        if (n < 2)
        {
            return 0;
        }

        Span<double> buffer = n <= 1024 ? stackalloc double[2 * (n + 1)] : new double[2 * (n + 1)];
        var length = buffer[..n];
        var entry = buffer.Slice(n, n + 1); // speed at the start of segment k; entry[n] is the final stop
        double px = xy[0], py = xy[1];
        double ux = 0, uy = 0;
        for (var k = 0; k < n; k++)
        {
            var j = k + 1 == n ? 0 : k + 1;
            double dx = xy[2 * j] - px, dy = xy[(2 * j) + 1] - py;
            var l = Math.Sqrt((dx * dx) + (dy * dy));
            length[k] = l;
            var (vx, vy) = l > 0 ? (dx / l, dy / l) : (ux, uy);
            entry[k] = k == 0 ? Math.Min(speed, jerk) : Junction(ux, uy, vx, vy, speed, jerk);
            (ux, uy) = (vx, vy);
            (px, py) = (xy[2 * j], xy[(2 * j) + 1]);
        }

        entry[n] = Math.Min(speed, jerk);
        for (var k = n - 1; k >= 0; k--)
        {
            entry[k] = Math.Min(entry[k], Math.Sqrt((entry[k + 1] * entry[k + 1]) + (2 * acceleration * length[k])));
        }

        double time = 0;
        for (var k = 0; k < n; k++)
        {
            entry[k + 1] = Math.Min(entry[k + 1], Math.Sqrt((entry[k] * entry[k]) + (2 * acceleration * length[k])));
            time += Segment(length[k], speed, acceleration, entry[k], entry[k + 1]);
        }

        return time;
    }

    /// <summary>
    /// The highest speed through a corner from direction u to v (unit vectors) such that no axis' speed jumps by more
    /// than the jerk; an axis that reverses counts its larger side only (Marlin's classic jerk).
    /// </summary>
    public static double Junction(double ux, double uy, double vx, double vy, double speed, double jerk)
    {
        var worst = Math.Max(AxisJump(ux, vx), AxisJump(uy, vy));
        return worst <= 0 ? speed : Math.Min(speed, jerk / worst);
    }

    private static double AxisJump(double exit, double entry)
    {
        if ((exit >= 0 && entry >= 0) || (exit <= 0 && entry <= 0))
        {
            return Math.Abs(exit - entry);
        }

        return Math.Max(Math.Abs(exit), Math.Abs(entry));
    }

    /// <summary>Trapezoid (or triangle) from v0 to v1 over <paramref name="length"/>, cruising at most at <paramref name="speed"/>.</summary>
    private static double Segment(double length, double speed, double acceleration, double v0, double v1)
    {
        if (length <= 0)
        {
            return 0;
        }

        var up = ((speed * speed) - (v0 * v0)) / (2 * acceleration);
        var down = ((speed * speed) - (v1 * v1)) / (2 * acceleration);
        if (up + down <= length)
        {
            return ((speed - v0) / acceleration) + ((speed - v1) / acceleration) + ((length - up - down) / speed);
        }

        var peak = Math.Sqrt(Math.Max(0, ((2 * acceleration * length) + (v0 * v0) + (v1 * v1)) / 2));
        return (Math.Max(0, peak - v0) + Math.Max(0, peak - v1)) / acceleration;
    }
}

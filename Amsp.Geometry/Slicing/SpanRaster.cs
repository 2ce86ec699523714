namespace Amsp.Geometry.Slicing;

/// <summary>
/// Turns a layer's contours into <see cref="SpanRows"/>: each row's crossings with the contour edges, sorted, filled
/// by the non-zero winding rule (outer contours counter-clockwise, holes clockwise; overlapping shells stay filled).
/// An edge covers the rows whose y lies in [its lower y, its upper y), so a vertex on a row is counted once.
/// </summary>
internal static class SpanRaster
{
    public static SpanRows Fill(Slices slices, int layer, double y0, double pitch, SpanBuilder output)
    {
        int first = slices.FirstContour(layer), end = slices.EndContour(layer);
        int lo = int.MaxValue, hi = int.MinValue;
        for (var c = first; c < end; c++)
        {
            var xy = slices.ContourPoints(c);
            for (var i = 1; i < xy.Length; i += 2)
            {
                var r = RowAtOrAbove(xy[i], y0, pitch);
                lo = Math.Min(lo, r);
                hi = Math.Max(hi, r);
            }
        }

        if (lo >= hi)
        {
            return SpanRows.Empty;
        }

        // Count the crossings of each row, then place them: one array for the whole layer.
        var rows = hi - lo;
        var offsets = new int[rows + 1];
        ForEachEdge(slices, first, end, y0, pitch, (r0, r1, _, _, _, _) =>
        {
            for (var r = r0; r < r1; r++)
            {
                offsets[r - lo + 1]++;
            }
        });
        for (var r = 0; r < rows; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var xs = new float[offsets[rows]];
        var winding = new sbyte[offsets[rows]];
        var fill = (int[])offsets.Clone();
        ForEachEdge(slices, first, end, y0, pitch, (r0, r1, ax, ay, bx, by) =>
        {
            var dir = (sbyte)(by > ay ? 1 : -1);
            for (var r = r0; r < r1; r++)
            {
                var y = y0 + ((r + 0.5) * pitch);
                var t = (y - ay) / (by - ay);
                var k = fill[r - lo]++;
                xs[k] = (float)(ax + (t * (bx - ax)));
                winding[k] = dir;
            }
        });

        output.Begin(lo);
        for (var r = 0; r < rows; r++)
        {
            var x = xs.AsSpan(offsets[r], offsets[r + 1] - offsets[r]);
            var w = winding.AsSpan(offsets[r], x.Length);
            x.Sort(w);
            var sum = 0;
            var start = 0f;
            for (var i = 0; i < x.Length; i++)
            {
                var before = sum;
                sum += w[i];
                if (before == 0 && sum != 0)
                {
                    start = x[i];
                }
                else if (before != 0 && sum == 0)
                {
                    output.Add(start, x[i]);
                }
            }

            output.EndRow();
        }

        return output.Build();
    }

    /// <summary>Index of the first row whose centre is at or above <paramref name="y"/>.</summary>
    public static int RowAtOrAbove(double y, double y0, double pitch) => (int)Math.Ceiling(((y - y0) / pitch) - 0.5);

    private delegate void EdgeAction(int r0, int r1, double ax, double ay, double bx, double by);

    private static void ForEachEdge(Slices slices, int first, int end, double y0, double pitch, EdgeAction action)
    {
        for (var c = first; c < end; c++)
        {
            var xy = slices.ContourPoints(c);
            var n = xy.Length / 2;
            for (var i = 0; i < n; i++)
            {
                var j = i + 1 == n ? 0 : i + 1;
                double ax = xy[2 * i], ay = xy[(2 * i) + 1], bx = xy[2 * j], by = xy[(2 * j) + 1];
                if (ay == by)
                {
                    continue;
                }

                var r0 = RowAtOrAbove(Math.Min(ay, by), y0, pitch);
                var r1 = RowAtOrAbove(Math.Max(ay, by), y0, pitch);
                if (r1 > r0)
                {
                    action(r0, r1, ax, ay, bx, by);
                }
            }
        }
    }
}

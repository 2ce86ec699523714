namespace Amsp.Geometry.Slicing;

/// <summary>
/// Erosion and dilation of <see cref="SpanRows"/> regions by a disk: row j of the result combines the rows within the
/// radius, each shrunk (or grown) by the half-width of the disk at that row's distance.
/// </summary>
internal static class SpanMorphology
{
    /// <summary>The points of <paramref name="a"/> at least <paramref name="radius"/> from its outside (erosion by a disk).</summary>
    public static SpanRows Erode(SpanRows a, double radius, double pitch)
    {
        var k = (int)Math.Floor(radius / pitch);
        if (a.IsEmpty || a.RowCount <= 2 * k)
        {
            return SpanRows.Empty;
        }

        var halfWidths = new float[k + 1];
        for (var i = 0; i <= k; i++)
        {
            halfWidths[i] = (float)Math.Sqrt(Math.Max(0, (radius * radius) - (i * pitch * i * pitch)));
        }

        var output = new SpanBuilder();
        output.Begin(a.FirstRow + k);
        var cur = new float[64];
        var next = new float[64];
        for (var row = a.FirstRow + k; row < a.EndRow - k; row++)
        {
            var n = Shrink(a.Row(row), halfWidths[0], ref cur);
            for (var d = 1; d <= k && n > 0; d++)
            {
                n = IntersectShrunk(cur.AsSpan(0, n), a.Row(row - d), halfWidths[d], ref next);
                (cur, next) = (next, cur);
                n = n > 0 ? IntersectShrunk(cur.AsSpan(0, n), a.Row(row + d), halfWidths[d], ref next) : 0;
                (cur, next) = (next, cur);
            }

            for (var i = 0; i < n; i += 2)
            {
                output.Add(cur[i], cur[i + 1]);
            }

            output.EndRow();
        }

        return output.Build();
    }

    /// <summary>
    /// Morphological opening: erosion then dilation by <paramref name="radius"/>. Removes every part of the region
    /// narrower than twice the radius (slivers no line of that width can fill) and keeps the rest as it was.
    /// </summary>
    public static SpanRows Open(SpanRows a, double radius, double pitch) => Dilate(Erode(a, radius, pitch), radius, pitch);

    /// <summary>The points within <paramref name="radius"/> of the region (dilation by a disk).</summary>
    public static SpanRows Dilate(SpanRows a, double radius, double pitch)
    {
        if (a.IsEmpty)
        {
            return a;
        }

        var k = (int)Math.Floor(radius / pitch);
        var halfWidths = new float[k + 1];
        for (var i = 0; i <= k; i++)
        {
            halfWidths[i] = (float)Math.Sqrt(Math.Max(0, (radius * radius) - (i * pitch * i * pitch)));
        }

        var output = new SpanBuilder();
        output.Begin(a.FirstRow - k);
        var gathered = new List<(float X0, float X1)>();
        for (var row = a.FirstRow - k; row < a.EndRow + k; row++)
        {
            gathered.Clear();
            for (var d = -k; d <= k; d++)
            {
                var spans = a.Row(row + d);
                var h = halfWidths[Math.Abs(d)];
                for (var i = 0; i < spans.Length; i += 2)
                {
                    gathered.Add((spans[i] - h, spans[i + 1] + h));
                }
            }

            gathered.Sort();
            foreach (var (x0, x1) in gathered)
            {
                output.Add(x0, x1); // merges with the previous span when they overlap
            }

            output.EndRow();
        }

        return output.Build();
    }

    private static int Shrink(ReadOnlySpan<float> row, float h, ref float[] dst)
    {
        Ensure(ref dst, row.Length);
        var n = 0;
        for (var i = 0; i < row.Length; i += 2)
        {
            if (row[i + 1] - row[i] > 2 * h)
            {
                dst[n++] = row[i] + h;
                dst[n++] = row[i + 1] - h;
            }
        }

        return n;
    }

    /// <summary>cur ∩ (row shrunk by h on both ends of each span), into dst.</summary>
    private static int IntersectShrunk(ReadOnlySpan<float> cur, ReadOnlySpan<float> row, float h, ref float[] dst)
    {
        Ensure(ref dst, cur.Length + row.Length);
        var n = 0;
        for (int i = 0, j = 0; i < cur.Length && j < row.Length;)
        {
            float r0 = row[j] + h, r1 = row[j + 1] - h;
            var lo = Math.Max(cur[i], r0);
            var hi = Math.Min(cur[i + 1], r1);
            if (hi > lo)
            {
                dst[n++] = lo;
                dst[n++] = hi;
            }

            if (cur[i + 1] < r1)
            {
                i += 2;
            }
            else
            {
                j += 2;
            }
        }

        return n;
    }

    private static void Ensure(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[Math.Max(length, buffer.Length * 2)];
        }
    }
}

namespace Amsp.Geometry.Slicing;

/// <summary>Booleans, erosion and connected parts of <see cref="SpanRows"/> regions on the same grid.</summary>
internal static class SpanOps
{
    public enum Op
    {
        And,
        Or,
        AndNot,
    }

    public static SpanRows Combine(SpanRows a, SpanRows b, Op op)
    {
        if (op == Op.And && (a.IsEmpty || b.IsEmpty))
        {
            return SpanRows.Empty;
        }

        if (b.IsEmpty)
        {
            return a;
        }

        if (a.IsEmpty)
        {
            return op == Op.Or ? b : SpanRows.Empty;
        }

        int first = op == Op.And ? Math.Max(a.FirstRow, b.FirstRow) : op == Op.Or ? Math.Min(a.FirstRow, b.FirstRow) : a.FirstRow;
        int end = op == Op.And ? Math.Min(a.EndRow, b.EndRow) : op == Op.Or ? Math.Max(a.EndRow, b.EndRow) : a.EndRow;
        var output = new SpanBuilder();
        output.Begin(first);
        for (var row = first; row < end; row++)
        {
            CombineRow(a.Row(row), b.Row(row), op, output);
            output.EndRow();
        }

        return output.Build();
    }

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

    /// <summary>Area, outline (boundary projected on x plus on y), parts and holes of a region.</summary>
    /// <param name="a">The region.</param>
    /// <param name="pitch">Row pitch.</param>
    public static FillRegion Measure(SpanRows a, double pitch)
    {
        if (a.IsEmpty)
        {
            return default;
        }

        // y-part: every span has two ends, each standing for one row pitch of boundary. x-part: what changes between
        // neighbouring rows (their symmetric difference), the first and last rows counted whole.
        var outline = 2 * a.SpanCount * pitch;
        var previous = ReadOnlySpan<float>.Empty;
        for (var row = a.FirstRow; row <= a.EndRow; row++)
        {
            var here = a.Row(row);
            outline += XorLength(previous, here);
            previous = here;
        }

        // Euler characteristic of the rows: spans minus overlaps between neighbouring rows; holes = parts − χ.
        Parts(a, pitch, out _, out var parts);
        var holes = Math.Max(0, parts - (a.SpanCount - Overlaps(a)));
        return new FillRegion(a.Area(pitch), outline, parts, holes);
    }

    private static int Overlaps(SpanRows a)
    {
        var count = 0;
        for (var row = a.FirstRow + 1; row < a.EndRow; row++)
        {
            var above = a.Row(row - 1);
            var here = a.Row(row);
            for (int i = 0, j = 0; i < above.Length && j < here.Length;)
            {
                count += above[i + 1] > here[j] && here[j + 1] > above[i] ? 1 : 0;
                if (above[i + 1] < here[j + 1])
                {
                    i += 2;
                }
                else
                {
                    j += 2;
                }
            }
        }

        return count;
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

    /// <summary>The region without its connected parts smaller than <paramref name="minArea"/>.</summary>
    public static SpanRows WithoutSmallParts(SpanRows a, double minArea, double pitch)
    {
        if (a.IsEmpty || minArea <= 0)
        {
            return a;
        }

        var part = Parts(a, pitch, out var areas, out _);
        var output = new SpanBuilder();
        output.Begin(a.FirstRow);
        var s = 0;
        for (var row = a.FirstRow; row < a.EndRow; row++)
        {
            var spans = a.Row(row);
            for (var i = 0; i < spans.Length; i += 2, s++)
            {
                if (areas[part[s]] >= minArea)
                {
                    output.Add(spans[i], spans[i + 1]);
                }
            }

            output.EndRow();
        }

        return output.Build();
    }

    /// <summary>The connected part of each span (spans overlapping in neighbouring rows are connected) and each part's area.</summary>
    private static int[] Parts(SpanRows a, double pitch, out double[] areas, out int count)
    {
        count = 0;
        var parent = new int[a.SpanCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var rowBase = 0;
        for (var row = a.FirstRow + 1; row < a.EndRow; row++)
        {
            var above = a.Row(row - 1);
            var here = a.Row(row);
            var hereBase = rowBase + (above.Length / 2);
            for (int i = 0, j = 0; i < above.Length && j < here.Length;)
            {
                if (above[i + 1] > here[j] && here[j + 1] > above[i])
                {
                    Union(parent, rowBase + (i / 2), hereBase + (j / 2));
                }

                if (above[i + 1] < here[j + 1])
                {
                    i += 2;
                }
                else
                {
                    j += 2;
                }
            }

            rowBase = hereBase;
        }

        areas = new double[parent.Length];
        var s = 0;
        for (var row = a.FirstRow; row < a.EndRow; row++)
        {
            var spans = a.Row(row);
            for (var i = 0; i < spans.Length; i += 2, s++)
            {
                parent[s] = Find(parent, s);
                count += parent[s] == s ? 1 : 0;
                areas[parent[s]] += (spans[i + 1] - spans[i]) * pitch;
            }
        }

        return parent;
    }

    /// <summary>Length of the x where exactly one of two rows is inside.</summary>
    private static double XorLength(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int ia = 0, ib = 0;
        bool inA = false, inB = false;
        double length = 0, last = 0;
        while (ia < a.Length || ib < b.Length)
        {
            var xa = ia < a.Length ? a[ia] : float.PositiveInfinity;
            var xb = ib < b.Length ? b[ib] : float.PositiveInfinity;
            var x = Math.Min(xa, xb);
            length += inA != inB ? x - last : 0;
            last = x;
            if (xa == x)
            {
                inA = (ia++ & 1) == 0;
            }

            if (xb == x)
            {
                inB = (ib++ & 1) == 0;
            }
        }

        return length;
    }

    private static void CombineRow(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Op op, SpanBuilder output)
    {
        int ia = 0, ib = 0;
        bool inA = false, inB = false, inside = false;
        var start = 0f;
        while (ia < a.Length || ib < b.Length)
        {
            var xa = ia < a.Length ? a[ia] : float.PositiveInfinity;
            var xb = ib < b.Length ? b[ib] : float.PositiveInfinity;
            var x = Math.Min(xa, xb);
            if (xa == x)
            {
                inA = (ia++ & 1) == 0;
            }

            if (xb == x)
            {
                inB = (ib++ & 1) == 0;
            }

            var now = op switch { Op.And => inA && inB, Op.Or => inA || inB, _ => inA && !inB };
            if (now && !inside)
            {
                start = x;
            }
            else if (!now && inside)
            {
                output.Add(start, x);
            }

            inside = now;
        }
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

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}

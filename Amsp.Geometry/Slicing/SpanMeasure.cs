namespace Amsp.Geometry.Slicing;

/// <summary>Areas, outlines, parts and holes of <see cref="SpanRows"/> regions.</summary>
internal static class SpanMeasure
{
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

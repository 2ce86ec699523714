namespace Amsp.Geometry.Slicing;

/// <summary>
/// Joins one layer's segments into contours: a segment is followed by the one that starts on the mesh edge where it
/// ends. On a closed, manifold mesh every chain closes. On an open mesh a chain can stop at a hole's edge; it is
/// kept as a contour closed by a straight line from its last point back to its first, and counted as open.
/// </summary>
internal static class ContourChainer
{
    /// <summary>The layer's contours: x, y pairs in <see cref="Points"/>; contour c ends at point <c>Ends[c]</c>.</summary>
    internal readonly record struct Result(float[] Points, int PointCount, int[] Ends, bool[] Closed, int ContourCount);

    public static Result Chain(ReadOnlySpan<Segment> segments)
    {
        var n = segments.Length;
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = segments[i].From;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var used = new bool[n];
        var points = new float[4 * (n + 1)]; // an open chain has one point more than segments
        var ends = new List<int>();
        var closed = new List<bool>();
        var count = 0;
        for (var start = 0; start < n; start++)
        {
            if (used[start])
            {
                continue;
            }

            var begin = count;
            var j = start;
            var isClosed = false;
            while (true)
            {
                used[j] = true;
                Emit(points, ref count, begin, segments[j].X0, segments[j].Y0);
                var k = Next(keys, order, used, segments[j].To);
                if (k < 0)
                {
                    isClosed = segments[j].To == segments[start].From;
                    if (!isClosed)
                    {
                        Emit(points, ref count, begin, segments[j].X1, segments[j].Y1);
                    }

                    break;
                }

                j = k;
            }

            // The closing point repeats the first when the chain passed through a vertex lying on the plane.
            if (count - begin > 1 && points[2 * (count - 1)] == points[2 * begin] && points[(2 * (count - 1)) + 1] == points[(2 * begin) + 1])
            {
                count--;
            }

            if (count - begin < 3)
            {
                count = begin; // a lone segment or a point: no area, no path
                continue;
            }

            ends.Add(count);
            closed.Add(isClosed);
        }

        return new Result(points, count, [.. ends], [.. closed], ends.Count);
    }

    /// <summary>An unused segment starting on <paramref name="edge"/>, or −1.</summary>
    private static int Next(long[] keys, int[] order, bool[] used, long edge)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < edge)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (; lo < keys.Length && keys[lo] == edge; lo++)
        {
            if (!used[order[lo]])
            {
                return order[lo];
            }
        }

        return -1;
    }

    private static void Emit(float[] points, ref int count, int begin, float x, float y)
    {
        if (count > begin && points[2 * (count - 1)] == x && points[(2 * (count - 1)) + 1] == y)
        {
            return; // zero-length step through a vertex on the plane
        }

        points[2 * count] = x;
        points[(2 * count) + 1] = y;
        count++;
    }
}

namespace Amsp.Geometry.Slicing;

/// <summary>
/// Cuts every triangle by every plane it spans and groups the segments by layer. Triangles are taken in fixed chunks
/// in parallel; each chunk counts its segments per layer first, so every segment has its slot before any is written
/// and the output does not depend on thread timing. A vertex exactly on a plane counts as above it (a symbolic
/// perturbation): every triangle is then cut in zero or two edges and contours stay closed.
/// </summary>
internal static class SegmentBuckets
{
    private const int Chunks = 64;

    /// <summary>Segments of all layers; those of layer <c>l</c> are <c>[starts[l], starts[l + 1])</c>.</summary>
    public static Segment[] Cut(Mesh mesh, double[] planes, out int[] starts)
    {
        var t = mesh.TriangleCount;
        var layers = planes.Length;
        var size = (t + Chunks - 1) / Chunks;
        var counts = new int[Chunks * layers];
        var span = new int[2 * t]; // first and last layer of each triangle, kept for the second pass
        Parallel.For(0, Chunks, c =>
        {
            var local = counts.AsSpan(c * layers, layers);
            for (var f = c * size; f < Math.Min(t, (c + 1) * size); f++)
            {
                var (first, last) = Span(mesh, planes, f);
                (span[2 * f], span[(2 * f) + 1]) = (first, last);
                for (var l = first; l <= last; l++)
                {
                    local[l]++;
                }
            }
        });

        // Slot of chunk c in layer l: layer-major, then chunk order.
        starts = new int[layers + 1];
        long total = 0;
        for (var l = 0; l < layers; l++)
        {
            starts[l] = checked((int)total);
            for (var c = 0; c < Chunks; c++)
            {
                var n = counts[(c * layers) + l];
                counts[(c * layers) + l] = (int)total;
                total += n;
            }
        }

        if (total > Array.MaxLength / 2)
        {
            throw new InvalidOperationException($"Slicing would produce {total} segments; use thicker layers.");
        }

        starts[layers] = (int)total;
        var segments = new Segment[total];
        Parallel.For(0, Chunks, c =>
        {
            var next = counts.AsSpan(c * layers, layers);
            for (var f = c * size; f < Math.Min(t, (c + 1) * size); f++)
            {
                for (var l = span[2 * f]; l <= span[(2 * f) + 1]; l++)
                {
                    segments[next[l]++] = CutTriangle(mesh, f, planes[l]);
                }
            }
        });
        return segments;
    }

    /// <summary>Layers whose plane h satisfies zmin &lt; h ≤ zmax: some corner below, some on or above.</summary>
    private static (int First, int Last) Span(Mesh mesh, double[] planes, int f)
    {
        var p = mesh.PositionArray;
        var idx = mesh.IndexArray;
        var za = p[(idx[f * 3] * 3) + 2];
        var zb = p[(idx[(f * 3) + 1] * 3) + 2];
        var zc = p[(idx[(f * 3) + 2] * 3) + 2];
        double lo = Math.Min(za, Math.Min(zb, zc)), hi = Math.Max(za, Math.Max(zb, zc));
        return (UpperBound(planes, lo), UpperBound(planes, hi) - 1);
    }

    /// <summary>First index whose plane is above <paramref name="z"/>.</summary>
    private static int UpperBound(double[] planes, double z)
    {
        int lo = 0, hi = planes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (planes[mid] <= z)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static Segment CutTriangle(Mesh mesh, int f, double h)
    {
        var idx = mesh.IndexArray;
        Span<int> v = [idx[f * 3], idx[(f * 3) + 1], idx[(f * 3) + 2]];
        var s = default(Segment);
        for (var e = 0; e < 3; e++)
        {
            int a = v[e], b = v[(e + 1) % 3];
            var aAbove = Z(mesh, a) >= h;
            var bAbove = Z(mesh, b) >= h;
            if (aAbove && !bAbove)
            {
                (s.X0, s.Y0) = Crossing(mesh, b, a, h); // the triangle goes down through the plane: the segment starts
                s.From = Key(a, b);
            }
            else if (!aAbove && bAbove)
            {
                (s.X1, s.Y1) = Crossing(mesh, a, b, h);
                s.To = Key(a, b);
            }
        }

        return s;
    }

    private static float Z(Mesh mesh, int v) => mesh.PositionArray[(v * 3) + 2];

    /// <summary>Where the edge from the corner below to the corner on or above meets the plane; the same on both faces of the edge.</summary>
    private static (float X, float Y) Crossing(Mesh mesh, int below, int above, double h)
    {
        var p = mesh.PositionArray;
        double zb = p[(below * 3) + 2], za = p[(above * 3) + 2];
        if (za == h)
        {
            return (p[above * 3], p[(above * 3) + 1]);
        }

        var t = (h - zb) / (za - zb);
        double xb = p[below * 3], yb = p[(below * 3) + 1];
        return ((float)(xb + (t * (p[above * 3] - xb))), (float)(yb + (t * (p[(above * 3) + 1] - yb))));
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}

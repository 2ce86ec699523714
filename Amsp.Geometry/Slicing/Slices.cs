namespace Amsp.Geometry.Slicing;

/// <summary>
/// The contours of every layer of a sliced mesh, held in flat arrays (x, y pairs of float; no object per contour).
/// Outer contours run counter-clockwise seen from above (positive area), holes clockwise (negative area).
/// </summary>
public sealed class Slices
{
    private readonly float[] _points;
    private readonly int[] _contourEnds;   // end point (exclusive) of each contour; contour c starts at _contourEnds[c - 1]
    private readonly int[] _layerContours; // contours of layer l: [_layerContours[l], _layerContours[l + 1])
    private readonly bool[] _closed;
    private readonly double[] _contourArea;
    private readonly double[] _contourLength;

    private Slices(LayerPlan plan, Vec3 min, Vec3 max, float[] points, int[] contourEnds, int[] layerContours, bool[] closed)
    {
        Plan = plan;
        BboxMin = min;
        BboxMax = max;
        _points = points;
        _contourEnds = contourEnds;
        _layerContours = layerContours;
        _closed = closed;
        _contourArea = new double[closed.Length];
        _contourLength = new double[closed.Length];
        Parallel.For(0, plan.Count, l =>
        {
            for (var c = layerContours[l]; c < layerContours[l + 1]; c++)
            {
                (_contourArea[c], _contourLength[c]) = Measure(ContourPoints(c));
            }
        });
    }

    /// <summary>The layers that were cut.</summary>
    public LayerPlan Plan { get; }

    /// <summary>Lower corner of the mesh's bounding box; layer heights count from its z.</summary>
    public Vec3 BboxMin { get; }

    /// <summary>Upper corner of the mesh's bounding box.</summary>
    public Vec3 BboxMax { get; }

    /// <summary>Number of layers.</summary>
    public int Count => Plan.Count;

    /// <summary>Contours that did not close (the mesh has holes there); each is closed by a straight line.</summary>
    public int OpenContours => _closed.Count(c => !c);

    /// <summary>Layer <paramref name="index"/>, counted from the plate.</summary>
    /// <param name="index">0 ≤ index &lt; <see cref="Count"/>.</param>
    public SliceLayer this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new SliceLayer(this, index);
        }
    }

    internal int FirstContour(int layer) => _layerContours[layer];

    internal int EndContour(int layer) => _layerContours[layer + 1];

    internal double ContourArea(int contour) => _contourArea[contour];

    internal double ContourLength(int contour) => _contourLength[contour];

    internal bool IsClosed(int contour) => _closed[contour];

    /// <summary>x, y pairs of one contour, without repeating the first point at the end.</summary>
    internal ReadOnlySpan<float> ContourPoints(int contour)
    {
        var start = contour == 0 ? 0 : _contourEnds[contour - 1];
        return _points.AsSpan(2 * start, 2 * (_contourEnds[contour] - start));
    }

    internal static Slices Create(LayerPlan plan, Vec3 min, Vec3 max, ContourChainer.Result[] layers)
    {
        long points = 0, contours = 0;
        foreach (var l in layers)
        {
            points += l.PointCount;
            contours += l.ContourCount;
        }

        var xy = new float[checked(2 * (int)points)];
        var ends = new int[contours];
        var closed = new bool[contours];
        var layerContours = new int[layers.Length + 1];
        int p = 0, c = 0;
        for (var l = 0; l < layers.Length; l++)
        {
            var r = layers[l];
            layerContours[l] = c;
            r.Points.AsSpan(0, 2 * r.PointCount).CopyTo(xy.AsSpan(2 * p));
            for (var k = 0; k < r.ContourCount; k++)
            {
                ends[c] = p + r.Ends[k];
                closed[c++] = r.Closed[k];
            }

            p += r.PointCount;
            r.Return();
            layers[l] = default;
        }

        layerContours[layers.Length] = c;
        return new Slices(plan, min, max, xy, ends, layerContours, closed);
    }

    /// <summary>Signed area (shoelace, about the first point for precision) and length of a closed polygon.</summary>
    internal static (double Area, double Length) Measure(ReadOnlySpan<float> xy)
    {
        var n = xy.Length / 2;
        double x0 = xy[0], y0 = xy[1], area = 0, length = 0;
        for (var i = 0; i < n; i++)
        {
            var j = i + 1 == n ? 0 : i + 1;
            double ax = xy[2 * i] - x0, ay = xy[(2 * i) + 1] - y0, bx = xy[2 * j] - x0, by = xy[(2 * j) + 1] - y0;
            area += (ax * by) - (bx * ay);
            length += Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
        }

        return (area / 2, length);
    }
}

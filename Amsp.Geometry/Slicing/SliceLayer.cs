namespace Amsp.Geometry.Slicing;

/// <summary>One layer of a <see cref="Slices"/>: its height and contours.</summary>
public readonly struct SliceLayer
{
    private readonly Slices _stack;

    internal SliceLayer(Slices stack, int index)
    {
        _stack = stack;
        Index = index;
    }

    /// <summary>Layer number from the plate (0 is the first layer).</summary>
    public int Index { get; }

    /// <summary>Absolute z of the cut (the layer's middle, in the mesh's coordinates).</summary>
    public double CutZ => _stack.BboxMin.Z + _stack.Plan.CutHeight(Index);

    /// <summary>Layer thickness.</summary>
    public double Thickness => _stack.Plan.Thickness[Index];

    /// <summary>Number of contours (outer boundaries and holes).</summary>
    public int ContourCount => _stack.EndContour(Index) - _stack.FirstContour(Index);

    /// <summary>Cross-section area: outer contours count positive, holes negative.</summary>
    public double Area
    {
        get
        {
            double sum = 0;
            for (var c = _stack.FirstContour(Index); c < _stack.EndContour(Index); c++)
            {
                sum += _stack.ContourArea(c);
            }

            return sum;
        }
    }

    /// <summary>Total length of the contours.</summary>
    public double ContourLength
    {
        get
        {
            double sum = 0;
            for (var c = _stack.FirstContour(Index); c < _stack.EndContour(Index); c++)
            {
                sum += _stack.ContourLength(c);
            }

            return sum;
        }
    }

    /// <summary>The x, y pairs of contour <paramref name="contour"/> (closed: the last point joins the first).</summary>
    /// <param name="contour">0 ≤ contour &lt; <see cref="ContourCount"/>.</param>
    public ReadOnlySpan<float> Contour(int contour) => _stack.ContourPoints(Global(contour));

    /// <summary>Signed area of one contour: positive for an outer boundary, negative for a hole.</summary>
    /// <param name="contour">0 ≤ contour &lt; <see cref="ContourCount"/>.</param>
    public double ContourArea(int contour) => _stack.ContourArea(Global(contour));

    /// <summary>Whether the contour closed on the mesh (false where the mesh has a hole).</summary>
    /// <param name="contour">0 ≤ contour &lt; <see cref="ContourCount"/>.</param>
    public bool IsClosed(int contour) => _stack.IsClosed(Global(contour));

    private int Global(int contour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contour);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(contour, ContourCount);
        return _stack.FirstContour(Index) + contour;
    }
}

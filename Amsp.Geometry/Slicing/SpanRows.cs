namespace Amsp.Geometry.Slicing;

/// <summary>
/// A layer's region as horizontal rows of x-intervals: row j lies at y = y0 + (j + ½) × pitch on a grid shared by all
/// layers, so regions of different layers combine row by row. x is exact (float), y is sampled: an area is exact to the
/// pitch's sampling, and a boolean of two regions costs a merge of sorted lists per row.
/// </summary>
internal sealed class SpanRows
{
    public static readonly SpanRows Empty = new(0, 0, [0], []);

    private readonly int[] _offsets; // spans of row FirstRow + r: [_offsets[r], _offsets[r + 1]) pairs of x
    private readonly float[] _x;

    public SpanRows(int firstRow, int rowCount, int[] offsets, float[] x)
    {
        FirstRow = firstRow;
        RowCount = rowCount;
        _offsets = offsets;
        _x = x;
    }

    public int FirstRow { get; }

    public int RowCount { get; }

    public int EndRow => FirstRow + RowCount;

    public bool IsEmpty => SpanCount == 0;

    /// <summary>Number of spans (chords of the region along x), over all rows.</summary>
    public int SpanCount => _offsets[RowCount];

    /// <summary>x0, x1, x0, x1, … of the spans of global row <paramref name="row"/> (empty outside the region).</summary>
    public ReadOnlySpan<float> Row(int row)
    {
        var r = row - FirstRow;
        return (uint)r >= (uint)RowCount ? default : _x.AsSpan(2 * _offsets[r], 2 * (_offsets[r + 1] - _offsets[r]));
    }

    /// <summary>Sum of span lengths times the pitch.</summary>
    public double Area(double pitch)
    {
        double sum = 0;
        for (var i = 0; i < 2 * SpanCount; i += 2)
        {
            sum += _x[i + 1] - _x[i];
        }

        return sum * pitch;
    }
}

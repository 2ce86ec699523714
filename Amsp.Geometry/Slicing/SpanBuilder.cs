namespace Amsp.Geometry.Slicing;

/// <summary>Collects rows of spans in order and trims empty rows at both ends when it builds the region.</summary>
internal sealed class SpanBuilder
{
    /// <summary>Spans narrower than this (mm) are dropped.</summary>
    private const float MinWidth = 1e-3f;

    private readonly List<int> _offsets = [0];
    private float[] _x = new float[64];
    private int _count; // floats used
    private int _firstRow;
    private int _row = -1;

    public void Begin(int firstRow)
    {
        _offsets.Clear();
        _offsets.Add(0);
        _count = 0;
        _firstRow = firstRow;
        _row = firstRow;
    }

    /// <summary>Adds a span to the current row, merging it with the previous one when they touch.</summary>
    public void Add(float x0, float x1)
    {
        if (!(x1 - x0 > MinWidth))
        {
            return; // booleans of touching regions leave zero-width slivers: no material, only noise
        }

        var rowStart = 2 * _offsets[^1];
        if (_count > rowStart && _x[_count - 1] >= x0)
        {
            _x[_count - 1] = Math.Max(_x[_count - 1], x1);
            return;
        }

        if (_count + 2 > _x.Length)
        {
            Array.Resize(ref _x, _x.Length * 2);
        }

        _x[_count++] = x0;
        _x[_count++] = x1;
    }

    public void EndRow()
    {
        _offsets.Add(_count / 2);
        _row++;
    }

    public SpanRows Build()
    {
        int first = 0, last = _offsets.Count - 1;
        while (first < last && _offsets[first + 1] == _offsets[first])
        {
            first++;
        }

        while (last > first && _offsets[last - 1] == _offsets[last])
        {
            last--;
        }

        if (first == last)
        {
            return SpanRows.Empty;
        }

        var offsets = new int[last - first + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = _offsets[first + i] - _offsets[first];
        }

        var x = _x.AsSpan(2 * _offsets[first], 2 * offsets[^1]).ToArray();
        return new SpanRows(_firstRow + first, last - first, offsets, x);
    }
}

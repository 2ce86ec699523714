using System.Buffers;

namespace Amsp.Geometry.Slicing;

/// <summary>Collects a layer's chains as points (dropping zero-length steps) and joins open chains across cracks.</summary>
internal sealed class ChainOutput(int segments)
{
    private float[] _points = ArrayPool<float>.Shared.Rent(4 * (segments + 1)); // an open chain has one point more than segments
    private int[] _ends = ArrayPool<int>.Shared.Rent(segments + 1);
    private bool[] _closed = ArrayPool<bool>.Shared.Rent(segments + 1);
    private int _count;
    private int _contours;

    /// <summary>Adds a chain: the start of each segment, and the end of the last one when the chain is open.</summary>
    public void Add(Segment[] all, int offset, List<int> chain, bool closed)
    {
        var begin = _count;
        foreach (var s in chain)
        {
            Emit(begin, all[offset + s].X0, all[offset + s].Y0);
        }

        if (!closed)
        {
            var last = all[offset + chain[^1]];
            Emit(begin, last.X1, last.Y1);
        }

        // The closing point repeats the first when the chain passed through a vertex lying on the plane.
        if (_count - begin > 1 && _points[2 * (_count - 1)] == _points[2 * begin] && _points[(2 * (_count - 1)) + 1] == _points[(2 * begin) + 1])
        {
            _count--;
        }

        if (_count - begin < (closed ? 3 : 2))
        {
            _count = begin; // a point: no area, no path
            return;
        }

        _ends[_contours] = _count;
        _closed[_contours++] = closed;
    }

    /// <summary>
    /// Joins each open chain to the open chain starting nearest its end, when within <paramref name="gap"/>, and closes
    /// a chain that ends within the gap of its own start; open chains of fewer than three points are dropped.
    /// </summary>
    public ContourChainer.Result StitchCracks(float gap)
    {
        var open = Enumerable.Range(0, _contours).Where(c => !_closed[c]).ToList();
        if (open.Count == 0)
        {
            return new ContourChainer.Result(_points, _count, _ends, _closed, _contours);
        }

        var next = new Dictionary<int, int>();
        var hasPrevious = new HashSet<int>();
        foreach (var a in open)
        {
            var (ex, ey) = Point(_ends[a] - 1);
            int best = -1;
            var bestDistance = gap;
            foreach (var b in open.Where(b => !hasPrevious.Contains(b)))
            {
                var (sx, sy) = Point(Start(b));
                var d = MathF.Max(MathF.Abs(sx - ex), MathF.Abs(sy - ey));
                (best, bestDistance) = d <= bestDistance ? (b, d) : (best, bestDistance);
            }

            if (best >= 0)
            {
                next[a] = best;
                hasPrevious.Add(best);
            }
        }

        // Rebuild: closed contours as they were, then each run of joined open chains.
        var merged = new ChainOutput(_count);
        var done = new HashSet<int>();
        for (var c = 0; c < _contours; c++)
        {
            if (_closed[c])
            {
                merged.Copy(this, c, merged._count);
                merged.Finish(true);
            }
        }

        foreach (var first in open.Where(c => !hasPrevious.Contains(c)).Concat(open))
        {
            if (done.Contains(first))
            {
                continue;
            }

            var begin = merged._count;
            var c = first;
            var closed = false;
            while (done.Add(c))
            {
                merged.Copy(this, c, begin);
                if (!next.TryGetValue(c, out c))
                {
                    break;
                }

                closed = c == first;
            }

            merged.Finish(closed, begin);
        }

        Return();
        return new ContourChainer.Result(merged._points, merged._count, merged._ends, merged._closed, merged._contours);
    }

    private int Start(int c) => c == 0 ? 0 : _ends[c - 1];

    private (float X, float Y) Point(int i) => (_points[2 * i], _points[(2 * i) + 1]);

    private void Copy(ChainOutput from, int contour, int begin)
    {
        for (var i = from.Start(contour); i < from._ends[contour]; i++)
        {
            Emit(begin, from._points[2 * i], from._points[(2 * i) + 1]);
        }
    }

    private void Finish(bool closed, int begin = -1)
    {
        begin = begin < 0 ? (_contours == 0 ? 0 : _ends[_contours - 1]) : begin;
        if (_count - begin > 1 && _points[2 * (_count - 1)] == _points[2 * begin] && _points[(2 * (_count - 1)) + 1] == _points[(2 * begin) + 1])
        {
            _count--;
        }

        if (_count - begin < 3)
        {
            _count = begin;
            return;
        }

        _ends[_contours] = _count;
        _closed[_contours++] = closed;
    }

    private void Emit(int begin, float x, float y)
    {
        if (_count > begin && _points[2 * (_count - 1)] == x && _points[(2 * (_count - 1)) + 1] == y)
        {
            return; // zero-length step through a vertex on the plane, or across a welded crack
        }

        _points[2 * _count] = x;
        _points[(2 * _count) + 1] = y;
        _count++;
    }

    private void Return()
    {
        ArrayPool<float>.Shared.Return(_points);
        ArrayPool<int>.Shared.Return(_ends);
        ArrayPool<bool>.Shared.Return(_closed);
    }
}

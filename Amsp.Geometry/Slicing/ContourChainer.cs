using System.Buffers;

namespace Amsp.Geometry.Slicing;

/// <summary>
/// Joins one layer's segments into contours: a segment is followed by the one that starts on the mesh edge where it
/// ends, so on a closed, manifold mesh every chain closes. On an open mesh a chain stops at a hole's edge: it is then
/// traced again from its true beginning (found backwards), and open chains whose ends nearly touch (a crack between
/// vertices that were not welded) are joined. What stays open is closed by a straight line and counted as open.
/// </summary>
internal sealed class ContourChainer
{
    /// <summary>Gaps up to this (mm) between open chains are cracks and are closed.</summary>
    private const float CrackGap = 1e-3f;

    private readonly Segment[] _segments;
    private readonly int _offset;
    private readonly int _n;
    private readonly long[] _fromKeys;
    private readonly int[] _fromOrder;
    private readonly bool[] _used;
    private long[]? _toKeys;
    private int[]? _toOrder;

    private ContourChainer(Segment[] segments, int offset, int count)
    {
        (_segments, _offset, _n) = (segments, offset, count);
        _fromKeys = ArrayPool<long>.Shared.Rent(count);
        _fromOrder = ArrayPool<int>.Shared.Rent(count);
        _used = ArrayPool<bool>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            _fromKeys[i] = Seg(i).From;
            _fromOrder[i] = i;
            _used[i] = false;
        }

        Array.Sort(_fromKeys, _fromOrder, 0, count);
    }

    /// <summary>The layer's contours: x, y pairs; contour c ends at point <c>Ends[c]</c>. Arrays are rented; <see cref="Return"/> gives them back.</summary>
    internal readonly record struct Result(float[] Points, int PointCount, int[] Ends, bool[] Closed, int ContourCount)
    {
        public void Return()
        {
            if (Points is not null)
            {
                ArrayPool<float>.Shared.Return(Points);
                ArrayPool<int>.Shared.Return(Ends);
                ArrayPool<bool>.Shared.Return(Closed);
            }
        }
    }

    /// <summary>Chains the segments [offset, offset + count) of <paramref name="segments"/>.</summary>
    public static Result Chain(Segment[] segments, int offset, int count)
    {
        var chainer = new ContourChainer(segments, offset, count);
        try
        {
            return chainer.Run();
        }
        finally
        {
            chainer.ReturnScratch();
        }
    }

    private ref readonly Segment Seg(int i) => ref _segments[_offset + i];

    private Result Run()
    {
        var output = new ChainOutput(_n);
        var chain = new List<int>();
        for (var start = 0; start < _n; start++)
        {
            if (_used[start])
            {
                continue;
            }

            var closed = Follow(start, chain);
            if (!closed)
            {
                // Started inside an open chain: give its segments back and trace it from its beginning.
                chain.ForEach(s => _used[s] = false);
                closed = Follow(Beginning(start), chain);
            }

            output.Add(_segments, _offset, chain, closed);
        }

        return output.StitchCracks(CrackGap);
    }

    /// <summary>Follows the chain from <paramref name="start"/>, marking its segments used; true when it closes.</summary>
    private bool Follow(int start, List<int> chain)
    {
        chain.Clear();
        var j = start;
        while (true)
        {
            _used[j] = true;
            chain.Add(j);
            var k = Find(_fromKeys, _fromOrder, Seg(j).To);
            if (k < 0)
            {
                return Seg(j).To == Seg(start).From;
            }

            j = k;
        }
    }

    /// <summary>Walks back from <paramref name="start"/> over unused segments ending where the current one starts.</summary>
    private int Beginning(int start)
    {
        if (_toKeys is null)
        {
            _toKeys = ArrayPool<long>.Shared.Rent(_n);
            _toOrder = ArrayPool<int>.Shared.Rent(_n);
            for (var i = 0; i < _n; i++)
            {
                (_toKeys[i], _toOrder[i]) = (Seg(i).To, i);
            }

            Array.Sort(_toKeys, _toOrder, 0, _n);
        }

        var visited = new HashSet<int> { start };
        var j = start;
        while (Find(_toKeys, _toOrder!, Seg(j).From) is var p && p >= 0 && visited.Add(p))
        {
            j = p;
        }

        return j;
    }

    /// <summary>An unused segment whose key (in the sorted <paramref name="keys"/>) is <paramref name="edge"/>, or −1.</summary>
    private int Find(long[] keys, int[] order, long edge)
    {
        int lo = 0, hi = _n;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = keys[mid] < edge ? (mid + 1, hi) : (lo, mid);
        }

        for (; lo < _n && keys[lo] == edge; lo++)
        {
            if (!_used[order[lo]])
            {
                return order[lo];
            }
        }

        return -1;
    }

    private void ReturnScratch()
    {
        ArrayPool<long>.Shared.Return(_fromKeys);
        ArrayPool<int>.Shared.Return(_fromOrder);
        ArrayPool<bool>.Shared.Return(_used);
        if (_toKeys is not null)
        {
            ArrayPool<long>.Shared.Return(_toKeys);
            ArrayPool<int>.Shared.Return(_toOrder!);
        }
    }
}

namespace Amsp.Geometry.Spatial;

/// <summary>
/// 3-D quickhull over flat arrays: faces hold their three corners and the neighbour across each edge, outside points
/// hang from their face in linked lists, so no object or hash entry is made per face. A point counts as outside a face
/// only when it is farther than a tolerance scaled to the coordinates (points within it lie on the face and are
/// dropped), which keeps nearly coplanar and repeated points from making the horizon inconsistent.
/// </summary>
internal sealed partial class QuickHull
{
    private readonly Vec3[] _p;
    private readonly double _eps;
    private readonly int[] _nextPoint; // outside lists: next point of the same face, −1 at the end
    private int[] _corner = new int[3 * 64];
    private int[] _neighbour = new int[3 * 64]; // face across edge k (corner k to corner k + 1)
    private Vec3[] _normal = new Vec3[64];
    private double[] _offset = new double[64];
    private int[] _outside = new int[64];       // first outside point, −1 for none
    private bool[] _dead = new bool[64];
    private int _faces;
    private readonly Stack<(int Face, int Edge, int Step, int Steps)> _search = new();

    private QuickHull(Vec3[] points, double eps)
    {
        _p = points;
        _eps = eps;
        _nextPoint = new int[points.Length];
    }

    /// <summary>A point inside the hull (the centre of the first tetrahedron).</summary>
    public Vec3 Inside { get; private set; }

    /// <summary>The hull, or null when the points span no volume.</summary>
    public static QuickHull? Build(IReadOnlyList<Vec3> points)
    {
        if (points.Count < 4)
        {
            return null;
        }

        var copy = new Vec3[points.Count];
        double scale = 0;
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = points[i];
            scale = Math.Max(scale, Math.Abs(copy[i].X) + Math.Abs(copy[i].Y) + Math.Abs(copy[i].Z));
        }

        var hull = new QuickHull(copy, 1e-10 * Math.Max(scale, 1e-300));
        return hull.Run() ? hull : null;
    }

    /// <summary>The corners of every face of the hull, counter-clockwise seen from outside.</summary>
    public IEnumerable<(int A, int B, int C)> Faces()
    {
        for (var f = 0; f < _faces; f++)
        {
            if (!_dead[f])
            {
                yield return (_corner[3 * f], _corner[(3 * f) + 1], _corner[(3 * f) + 2]);
            }
        }
    }

    private bool Run()
    {
        if (!Simplex(out var first))
        {
            return false;
        }

        var all = new int[_p.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        Assign(all, first, 4);
        var pending = new Stack<int>([0, 1, 2, 3]);
        var visible = new List<int>();
        var horizon = new List<(int Face, int Edge)>();
        var orphans = new List<int>();
        while (pending.Count > 0)
        {
            var f = pending.Pop();
            if (_dead[f] || _outside[f] < 0)
            {
                continue;
            }

            var apex = _outside[f];
            for (var i = _outside[f]; i >= 0; i = _nextPoint[i])
            {
                apex = Distance(f, i) > Distance(f, apex) ? i : apex;
            }

            FindHorizon(f, apex, visible, horizon);
            orphans.Clear();
            foreach (var v in visible)
            {
                _dead[v] = true;
                for (var i = _outside[v]; i >= 0; i = _nextPoint[i])
                {
                    if (i != apex)
                    {
                        orphans.Add(i);
                    }
                }
            }

            var added = AddCone(apex, horizon);
            Assign(orphans, added, horizon.Count);
            for (var k = 0; k < horizon.Count; k++)
            {
                if (_outside[added + k] >= 0)
                {
                    pending.Push(added + k);
                }
            }
        }

        return true;
    }

    /// <summary>Gives each point to the first of the faces [first, first + count) it is outside of; the rest are inside.</summary>
    private void Assign(IReadOnlyList<int> points, int first, int count)
    {
        foreach (var i in points)
        {
            for (var f = first; f < first + count; f++)
            {
                if (Distance(f, i) > _eps)
                {
                    _nextPoint[i] = _outside[f];
                    _outside[f] = i;
                    break;
                }
            }
        }
    }

    private double Distance(int f, int i) => Vec3.Dot(_normal[f], _p[i]) - _offset[f];

    private int NewFace(int a, int b, int c)
    {
        if (_faces == _dead.Length)
        {
            var size = 2 * _faces;
            Array.Resize(ref _corner, 3 * size);
            Array.Resize(ref _neighbour, 3 * size);
            Array.Resize(ref _normal, size);
            Array.Resize(ref _offset, size);
            Array.Resize(ref _outside, size);
            Array.Resize(ref _dead, size);
        }

        var f = _faces++;
        (_corner[3 * f], _corner[(3 * f) + 1], _corner[(3 * f) + 2]) = (a, b, c);
        var n = Vec3.Cross(_p[b] - _p[a], _p[c] - _p[a]);
        var len = n.Length;
        _normal[f] = len > 0 ? n * (1 / len) : default;
        _offset[f] = Vec3.Dot(_normal[f], _p[a]);
        _outside[f] = -1;
        _dead[f] = false;
        return f;
    }
}

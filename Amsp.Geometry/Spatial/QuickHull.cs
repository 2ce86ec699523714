namespace Amsp.Geometry.Spatial;

/// <summary>
/// 3-D quickhull. A point counts as outside a face only when it is farther than a tolerance scaled to the
/// coordinates (points within it are on the face and dropped), so nearly coplanar and duplicate points never make
/// the horizon inconsistent. Faces are kept with their three neighbours through a map of directed edges.
/// </summary>
internal sealed class QuickHull
{
    private readonly IReadOnlyList<Vec3> _p;
    private readonly double _eps;
    private readonly List<Face> _faces = [];
    private readonly Dictionary<(int, int), int> _edgeFace = []; // directed edge a→b → the face that has it

    private QuickHull(IReadOnlyList<Vec3> points, double eps)
    {
        _p = points;
        _eps = eps;
    }

    public Vec3 Inside { get; private set; }

    public List<(int A, int B, int C)> Faces { get; } = [];

    /// <summary>The hull, or null when the points span no volume.</summary>
    public static QuickHull? Build(IReadOnlyList<Vec3> points)
    {
        if (points.Count < 4)
        {
            return null;
        }

        double scale = 0;
        foreach (var p in points)
        {
            scale = Math.Max(scale, Math.Abs(p.X) + Math.Abs(p.Y) + Math.Abs(p.Z));
        }

        var hull = new QuickHull(points, 1e-11 * Math.Max(scale, 1e-300) * 8);
        return hull.Run() ? hull : null;
    }

    private bool Run()
    {
        if (!Simplex())
        {
            return false;
        }

        var all = new List<int>(_p.Count);
        for (var i = 0; i < _p.Count; i++)
        {
            all.Add(i);
        }

        Assign(all, [0, 1, 2, 3]);
        var pending = new Stack<int>([0, 1, 2, 3]);
        while (pending.Count > 0)
        {
            var f = pending.Pop();
            if (!_faces[f].Alive || _faces[f].Outside.Count == 0)
            {
                continue;
            }

            foreach (var added in AddPoint(f))
            {
                pending.Push(added);
            }
        }

        foreach (var face in _faces.Where(x => x.Alive))
        {
            Faces.Add((face.A, face.B, face.C));
        }

        return true;
    }

    /// <summary>A tetrahedron of far-apart points, faces outward; false when the points are (nearly) flat.</summary>
    private bool Simplex()
    {
        // The two farthest of the six axis extremes, the point farthest from their line, then from their plane.
        var extremes = new int[6];
        for (var i = 0; i < _p.Count; i++)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                if (_p[i][axis] < _p[extremes[axis * 2]][axis])
                {
                    extremes[axis * 2] = i;
                }

                if (_p[i][axis] > _p[extremes[(axis * 2) + 1]][axis])
                {
                    extremes[(axis * 2) + 1] = i;
                }
            }
        }

        int a = 0, b = 0;
        double best = -1;
        foreach (var i in extremes)
        {
            foreach (var j in extremes)
            {
                var d = (_p[i] - _p[j]).Length;
                if (d > best)
                {
                    (best, a, b) = (d, i, j);
                }
            }
        }

        var c = Farthest(i => Vec3.Cross(_p[b] - _p[a], _p[i] - _p[a]).Length);
        var n = Vec3.Cross(_p[b] - _p[a], _p[c] - _p[a]);
        var d4 = Farthest(i => Math.Abs(Vec3.Dot(n, _p[i] - _p[a])));
        if (best <= _eps || n.Length <= _eps || Math.Abs(Vec3.Dot(n, _p[d4] - _p[a])) / n.Length <= _eps)
        {
            return false;
        }

        if (Vec3.Dot(n, _p[d4] - _p[a]) > 0)
        {
            (b, c) = (c, b); // the fourth point must lie behind the first face
        }

        Inside = (_p[a] + _p[b] + _p[c] + _p[d4]) * 0.25;
        NewFace(a, b, c);
        NewFace(a, d4, b);
        NewFace(b, d4, c);
        NewFace(c, d4, a);
        return true;
    }

    private int Farthest(Func<int, double> distance)
    {
        int best = 0;
        var far = -1.0;
        for (var i = 0; i < _p.Count; i++)
        {
            var d = distance(i);
            if (d > far)
            {
                (far, best) = (d, i);
            }
        }

        return best;
    }

    /// <summary>Adds the farthest outside point of face <paramref name="f"/>; returns the new faces.</summary>
    private List<int> AddPoint(int f)
    {
        var outside = _faces[f].Outside;
        var apex = outside[0];
        foreach (var i in outside)
        {
            apex = Distance(f, i) > Distance(f, apex) ? i : apex;
        }

        // Faces the apex sees, found from f across edges; the horizon is the edges to faces it does not see.
        var visible = new List<int> { f };
        var seen = new HashSet<int> { f };
        var horizon = new List<(int, int)>();
        for (var k = 0; k < visible.Count; k++)
        {
            var face = _faces[visible[k]];
            foreach (var (u, v) in face.Edges())
            {
                var other = _edgeFace[(v, u)];
                if (seen.Contains(other))
                {
                    continue;
                }

                if (Distance(other, apex) > _eps)
                {
                    seen.Add(other);
                    visible.Add(other);
                }
                else
                {
                    horizon.Add((u, v));
                }
            }
        }

        var orphans = new List<int>();
        foreach (var v in visible)
        {
            var face = _faces[v];
            face.Alive = false;
            orphans.AddRange(face.Outside.Where(i => i != apex));
            foreach (var edge in face.Edges())
            {
                if (_edgeFace.TryGetValue(edge, out var owner) && owner == v)
                {
                    _edgeFace.Remove(edge);
                }
            }
        }

        var added = horizon.Select(e => NewFace(e.Item1, e.Item2, apex)).ToList();
        Assign(orphans, added);
        return added;
    }

    /// <summary>Gives each point to the first of <paramref name="faces"/> it is outside of; points outside none are inside the hull.</summary>
    private void Assign(List<int> points, List<int> faces)
    {
        foreach (var i in points)
        {
            foreach (var f in faces)
            {
                if (Distance(f, i) > _eps)
                {
                    _faces[f].Outside.Add(i);
                    break;
                }
            }
        }
    }

    private int NewFace(int a, int b, int c)
    {
        var n = Vec3.Cross(_p[b] - _p[a], _p[c] - _p[a]);
        var len = n.Length;
        var face = new Face(a, b, c, len > 0 ? n * (1 / len) : default, _p[a]);
        _faces.Add(face);
        var id = _faces.Count - 1;
        foreach (var edge in face.Edges())
        {
            _edgeFace[edge] = id;
        }

        return id;
    }

    private double Distance(int f, int i) => Vec3.Dot(_faces[f].Normal, _p[i] - _faces[f].Origin);

    private sealed class Face(int a, int b, int c, Vec3 normal, Vec3 origin)
    {
        public int A { get; } = a;

        public int B { get; } = b;

        public int C { get; } = c;

        public Vec3 Normal { get; } = normal;

        public Vec3 Origin { get; } = origin;

        public bool Alive { get; set; } = true;

        public List<int> Outside { get; } = [];

        public (int, int)[] Edges() => [(A, B), (B, C), (C, A)];
    }
}

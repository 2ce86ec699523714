namespace Amsp.Geometry.Spatial;

internal sealed partial class QuickHull
{
    /// <summary>A tetrahedron of far-apart points with outward faces 0–3; false when the points are (nearly) flat.</summary>
    private bool Simplex(out int first)
    {
        first = 0;

        // The two farthest of the six axis extremes, the point farthest from their line, then from their plane.
        var extremes = new int[6];
        for (var i = 0; i < _p.Length; i++)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                extremes[axis * 2] = _p[i][axis] < _p[extremes[axis * 2]][axis] ? i : extremes[axis * 2];
                extremes[(axis * 2) + 1] = _p[i][axis] > _p[extremes[(axis * 2) + 1]][axis] ? i : extremes[(axis * 2) + 1];
            }
        }

        int a = 0, b = 0;
        double best = -1;
        foreach (var i in extremes)
        {
            foreach (var j in extremes)
            {
                if ((_p[i] - _p[j]).Length > best)
                {
                    (best, a, b) = ((_p[i] - _p[j]).Length, i, j);
                }
            }
        }

        int c = 0, d = 0;
        double farLine = -1, farPlane = -1;
        for (var i = 0; i < _p.Length; i++)
        {
            var l = Vec3.Cross(_p[b] - _p[a], _p[i] - _p[a]).Length;
            (farLine, c) = l > farLine ? (l, i) : (farLine, c);
        }

        var n = Vec3.Cross(_p[b] - _p[a], _p[c] - _p[a]);
        for (var i = 0; i < _p.Length; i++)
        {
            var h = Math.Abs(Vec3.Dot(n, _p[i] - _p[a]));
            (farPlane, d) = h > farPlane ? (h, i) : (farPlane, d);
        }

        if (best <= _eps || n.Length <= _eps * best || farPlane / n.Length <= _eps)
        {
            return false;
        }

        if (Vec3.Dot(n, _p[d] - _p[a]) > 0)
        {
            (b, c) = (c, b); // the fourth point must lie behind the first face
        }

        Inside = (_p[a] + _p[b] + _p[c] + _p[d]) * 0.25;
        NewFace(a, b, c);  // 0
        NewFace(a, d, b);  // 1
        NewFace(b, d, c);  // 2
        NewFace(c, d, a);  // 3
        Link(0, [1, 2, 3]);
        Link(1, [3, 2, 0]);
        Link(2, [1, 3, 0]);
        Link(3, [2, 1, 0]);
        return true;
    }

    private void Link(int f, int[] across)
    {
        for (var k = 0; k < 3; k++)
        {
            _neighbour[(3 * f) + k] = across[k];
        }
    }

    /// <summary>
    /// The faces the apex sees (from <paramref name="start"/>, across edges) and the horizon: the edges from a seen face
    /// to an unseen one, in order around the seen region, so that each edge ends where the next begins.
    /// </summary>
    private void FindHorizon(int start, int apex, List<int> visible, List<(int Face, int Edge)> horizon)
    {
        visible.Clear();
        horizon.Clear();
        // Depth first, as the recursive form: in a face entered across edge e, look across e + 1 then e + 2; the start
        // face looks across all three edges.
        var stack = _search;
        stack.Clear();
        _dead[start] = true; // marks "seen" while searching; every seen face dies afterwards anyway
        visible.Add(start);
        stack.Push((start, 0, 0, 3));
        while (stack.Count > 0)
        {
            var (face, edge, step, steps) = stack.Pop();
            if (step == steps)
            {
                continue;
            }

            stack.Push((face, edge, step + 1, steps));
            var e = (edge + step) % 3;
            var other = _neighbour[(3 * face) + e];
            if (_dead[other])
            {
                continue;
            }

            if (Distance(other, apex) > _eps)
            {
                _dead[other] = true;
                visible.Add(other);
                stack.Push((other, (Back(other, face) + 1) % 3, 0, 2));
            }
            else
            {
                horizon.Add((face, e));
            }
        }

        foreach (var v in visible)
        {
            _dead[v] = false;
        }
    }

    /// <summary>Which edge of face <paramref name="f"/> has <paramref name="g"/> across it.</summary>
    private int Back(int f, int g) => _neighbour[3 * f] == g ? 0 : _neighbour[(3 * f) + 1] == g ? 1 : 2;

    /// <summary>New faces from each horizon edge to the apex, linked to the face across the edge and to each other.</summary>
    private int AddCone(int apex, List<(int Face, int Edge)> horizon)
    {
        var first = _faces;
        for (var k = 0; k < horizon.Count; k++)
        {
            var (face, e) = horizon[k];
            int u = _corner[(3 * face) + e], v = _corner[(3 * face) + ((e + 1) % 3)];
            var across = _neighbour[(3 * face) + e];
            var f = NewFace(u, v, apex);
            _neighbour[3 * f] = across;
            _neighbour[(3 * across) + Back(across, face)] = f;
        }

        var n = horizon.Count;
        for (var k = 0; k < n; k++)
        {
            _neighbour[(3 * (first + k)) + 1] = first + ((k + 1) % n); // v → apex meets the next face's apex → u
            _neighbour[(3 * (first + k)) + 2] = first + ((k + n - 1) % n);
        }

        return first;
    }
}

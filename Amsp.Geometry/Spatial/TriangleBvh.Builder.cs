namespace Amsp.Geometry.Spatial;

public sealed partial class TriangleBvh
{
    /// <summary>
    /// Top-down construction: each node is split where the surface area heuristic is lowest among 16 bins of box centres
    /// along its longest axis. The triangles' boxes are moved, not indexed, while partitioning, so every pass reads
    /// memory in order; subtrees over 64k triangles are built in parallel, taking pairs of node slots from a shared
    /// counter. Big arrays come from <see cref="LargeArrays"/> (first touch of fresh memory is a large share of the
    /// time); the node array is allocated uninitialised for the worst case (2n − 1 nodes), and slots never used are
    /// never touched.
    /// </summary>
    private sealed partial class Builder
    {
        private const int Bins = 16;
        private const int ParallelAbove = 1 << 16;
        private const int MaxDepth = 56;

        private readonly Ref[] _refs;
        private readonly Node[] _nodes;
        private int _next = 1;

        private Builder(Mesh mesh)
        {
            var t = mesh.TriangleCount;
            _refs = LargeArrays.Uninitialized<Ref>(t);
            _nodes = LargeArrays.Uninitialized<Node>(Math.Max(1, (2 * t) - 1));
            var p = mesh.PositionArray;
            var idx = mesh.IndexArray;
            Parallel.For(0, (t + 4095) / 4096, chunk =>
            {
                for (var f = chunk * 4096; f < Math.Min(t, (chunk + 1) * 4096); f++)
                {
                    int a = idx[f * 3] * 3, b = idx[(f * 3) + 1] * 3, c = idx[(f * 3) + 2] * 3;
                    ref var r = ref _refs[f];
                    r.Triangle = f;
                    (r.MinX, r.MaxX) = (MathF.Min(p[a], MathF.Min(p[b], p[c])), MathF.Max(p[a], MathF.Max(p[b], p[c])));
                    (r.MinY, r.MaxY) = (MathF.Min(p[a + 1], MathF.Min(p[b + 1], p[c + 1])), MathF.Max(p[a + 1], MathF.Max(p[b + 1], p[c + 1])));
                    (r.MinZ, r.MaxZ) = (MathF.Min(p[a + 2], MathF.Min(p[b + 2], p[c + 2])), MathF.Max(p[a + 2], MathF.Max(p[b + 2], p[c + 2])));
                }
            });
        }

        public static TriangleBvh Build(Mesh mesh)
        {
            var b = new Builder(mesh);
            var t = mesh.TriangleCount;
            if (t == 0)
            {
                b._nodes[0] = new Node { MinX = 1, MaxX = -1 }; // never visited: a ray on an empty tree returns at once
            }
            else
            {
                var all = Box.Empty;
                foreach (ref readonly var r in b._refs.AsSpan())
                {
                    all.Grow(in r);
                }

                all.Store(ref b._nodes[0]);
                b.Subtree(0, 0, t, 0);
            }

            // Corners in tree order, stored as a corner and two edges (what the ray test needs).
            var corners = LargeArrays.Uninitialized<float>(t * 9);
            var order = LargeArrays.Uninitialized<int>(t);
            var p = mesh.PositionArray;
            var idx = mesh.IndexArray;
            Parallel.For(0, (t + 4095) / 4096, chunk =>
            {
                for (var k = chunk * 4096; k < Math.Min(t, (chunk + 1) * 4096); k++)
                {
                    var f = b._refs[k].Triangle;
                    order[k] = f;
                    int a = idx[f * 3] * 3, e = idx[(f * 3) + 1] * 3, g = idx[(f * 3) + 2] * 3;
                    for (var axis = 0; axis < 3; axis++)
                    {
                        corners[(k * 9) + axis] = p[a + axis];
                        corners[(k * 9) + 3 + axis] = p[e + axis] - p[a + axis];
                        corners[(k * 9) + 6 + axis] = p[g + axis] - p[a + axis];
                    }
                }
            });
            return new TriangleBvh(mesh, b._nodes, b._next, corners, order);
        }

        /// <summary>Builds the subtree of triangles [from, to) whose root, with its bounds set, is at <paramref name="self"/>.</summary>
        private void Subtree(int self, int from, int to, int depth)
        {
            var n = to - from;
            if (n <= LeafSize || depth >= MaxDepth)
            {
                (_nodes[self].First, _nodes[self].Count) = (from, n);
                return;
            }

            var children = Interlocked.Add(ref _next, 2) - 2;
            var mid = Split(from, to, ref _nodes[children], ref _nodes[children + 1]);
            (_nodes[self].First, _nodes[self].Count) = (children, 0);
            if (n > ParallelAbove)
            {
                Parallel.Invoke(() => Subtree(children, from, mid, depth + 1), () => Subtree(children + 1, mid, to, depth + 1));
            }
            else
            {
                Subtree(children, from, mid, depth + 1);
                Subtree(children + 1, mid, to, depth + 1);
            }
        }
    }
}

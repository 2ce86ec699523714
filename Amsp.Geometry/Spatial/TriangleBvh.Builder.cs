namespace Amsp.Geometry.Spatial;

public sealed partial class TriangleBvh
{
    /// <summary>
    /// Top-down construction: each node is split where the surface area heuristic is lowest among 16 bins of triangle
    /// centroids along its longest axis; subtrees over 64k triangles are built in parallel, taking pairs of node slots
    /// from a shared counter. The node array is allocated uninitialised for the worst case (2n − 1 nodes): the slots
    /// never used are never touched, so they cost address space, not memory.
    /// </summary>
    private sealed class Builder
    {
        private const int Bins = 16;
        private const int ParallelAbove = 1 << 16;
        private const int MaxDepth = 56;

        private readonly float[] _box;      // per triangle: min x, y, z, max x, y, z
        private readonly float[] _centroid; // per triangle: x, y, z
        private readonly int[] _order;
        private readonly Node[] _nodes;
        private int _next = 1;

        private Builder(Mesh mesh)
        {
            var t = mesh.TriangleCount;
            _box = new float[t * 6];
            _centroid = new float[t * 3];
            _order = new int[t];
            _nodes = GC.AllocateUninitializedArray<Node>(Math.Max(1, (2 * t) - 1));
            var p = mesh.PositionArray;
            var idx = mesh.IndexArray;
            Parallel.For(0, (t + 4095) / 4096, chunk =>
            {
                for (var f = chunk * 4096; f < Math.Min(t, (chunk + 1) * 4096); f++)
                {
                    _order[f] = f;
                    for (var axis = 0; axis < 3; axis++)
                    {
                        float a = p[(idx[f * 3] * 3) + axis], b = p[(idx[(f * 3) + 1] * 3) + axis], c = p[(idx[(f * 3) + 2] * 3) + axis];
                        _box[(f * 6) + axis] = MathF.Min(a, MathF.Min(b, c));
                        _box[(f * 6) + 3 + axis] = MathF.Max(a, MathF.Max(b, c));
                        _centroid[(f * 3) + axis] = (a + b + c) / 3;
                    }
                }
            });
        }

        public static TriangleBvh Build(Mesh mesh)
        {
            var b = new Builder(mesh);
            var t = mesh.TriangleCount;
            if (t == 0)
            {
                b._nodes[0] = new Node { MinX = 1, MaxX = -1 }; // an empty box: every ray misses
            }
            else
            {
                b.Bounds(0, t, ref b._nodes[0]);
                b.Subtree(0, 0, t, 0);
            }

            var corners = new float[t * 9];
            var p = mesh.PositionArray;
            var idx = mesh.IndexArray;
            Parallel.For(0, (t + 4095) / 4096, chunk =>
            {
                for (var k = chunk * 4096; k < Math.Min(t, (chunk + 1) * 4096); k++)
                {
                    var f = b._order[k];
                    for (var corner = 0; corner < 3; corner++)
                    {
                        Array.Copy(p, idx[(f * 3) + corner] * 3, corners, (k * 9) + (corner * 3), 3);
                    }
                }
            });
            return new TriangleBvh(b._nodes, b._next, corners, b._order);
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

        /// <summary>
        /// Partitions [from, to) at the cheapest of the binned splits along the centroids' longest axis and sets the
        /// bounds of the two halves.
        /// </summary>
        private int Split(int from, int to, ref Node left, ref Node right)
        {
            float lo0 = float.MaxValue, lo1 = float.MaxValue, lo2 = float.MaxValue, hi0 = float.MinValue, hi1 = float.MinValue, hi2 = float.MinValue;
            for (var k = from; k < to; k++)
            {
                var c = _centroid.AsSpan(_order[k] * 3, 3);
                (lo0, lo1, lo2) = (MathF.Min(lo0, c[0]), MathF.Min(lo1, c[1]), MathF.Min(lo2, c[2]));
                (hi0, hi1, hi2) = (MathF.Max(hi0, c[0]), MathF.Max(hi1, c[1]), MathF.Max(hi2, c[2]));
            }

            var axis = hi0 - lo0 >= hi1 - lo1 && hi0 - lo0 >= hi2 - lo2 ? 0 : hi1 - lo1 >= hi2 - lo2 ? 1 : 2;
            var lo = axis == 0 ? lo0 : axis == 1 ? lo1 : lo2;
            var extent = (axis == 0 ? hi0 : axis == 1 ? hi1 : hi2) - lo;
            if (!(extent > 0))
            {
                return Halve(from, to, ref left, ref right); // every centroid at one point: any halving will do
            }

            Span<int> count = stackalloc int[Bins];
            Span<float> box = stackalloc float[Bins * 6];
            for (var i = 0; i < Bins; i++)
            {
                box.Slice(i * 6, 3).Fill(float.MaxValue);
                box.Slice((i * 6) + 3, 3).Fill(float.MinValue);
            }

            var scale = Bins / extent;
            for (var k = from; k < to; k++)
            {
                var f = _order[k];
                var bin = Bin(_centroid[(f * 3) + axis], lo, scale);
                count[bin]++;
                var tb = _box.AsSpan(f * 6, 6);
                for (var a = 0; a < 3; a++)
                {
                    box[(bin * 6) + a] = MathF.Min(box[(bin * 6) + a], tb[a]);
                    box[(bin * 6) + 3 + a] = MathF.Max(box[(bin * 6) + 3 + a], tb[3 + a]);
                }
            }

            // Sweep from the right to get each split's right-hand cost, then from the left to pick the best.
            Span<float> rightCost = stackalloc float[Bins];
            Span<float> acc = stackalloc float[6];
            Reset(acc);
            var rightCount = 0;
            for (var i = Bins - 1; i > 0; i--)
            {
                Grow(acc, box.Slice(i * 6, 6));
                rightCount += count[i];
                rightCost[i] = rightCount * HalfArea(acc);
            }

            Reset(acc);
            var leftCount = 0;
            int bestSplit = -1;
            var bestCost = float.MaxValue;
            for (var i = 1; i < Bins; i++)
            {
                Grow(acc, box.Slice((i - 1) * 6, 6));
                leftCount += count[i - 1];
                var cost = (leftCount * HalfArea(acc)) + rightCost[i];
                if (leftCount > 0 && leftCount < to - from && cost < bestCost)
                {
                    (bestCost, bestSplit) = (cost, i);
                }
            }

            if (bestSplit < 0)
            {
                return Halve(from, to, ref left, ref right);
            }

            Reset(acc);
            for (var i = 0; i < bestSplit; i++)
            {
                Grow(acc, box.Slice(i * 6, 6));
            }

            Set(ref left, acc);
            Reset(acc);
            for (var i = bestSplit; i < Bins; i++)
            {
                Grow(acc, box.Slice(i * 6, 6));
            }

            Set(ref right, acc);

            int a0 = from, b0 = to - 1;
            while (a0 <= b0)
            {
                if (Bin(_centroid[(_order[a0] * 3) + axis], lo, scale) < bestSplit)
                {
                    a0++;
                }
                else
                {
                    (_order[a0], _order[b0]) = (_order[b0], _order[a0]);
                    b0--;
                }
            }

            return a0;
        }

        private int Halve(int from, int to, ref Node left, ref Node right)
        {
            var mid = (from + to) / 2;
            Bounds(from, mid, ref left);
            Bounds(mid, to, ref right);
            return mid;
        }

        private static void Set(ref Node node, ReadOnlySpan<float> b) =>
            (node.MinX, node.MinY, node.MinZ, node.MaxX, node.MaxY, node.MaxZ) = (b[0], b[1], b[2], b[3], b[4], b[5]);

        private static int Bin(float c, float lo, float scale) => Math.Clamp((int)((c - lo) * scale), 0, Bins - 1);

        private static void Reset(Span<float> acc)
        {
            acc[..3].Fill(float.MaxValue);
            acc[3..].Fill(float.MinValue);
        }

        private static void Grow(Span<float> acc, ReadOnlySpan<float> b)
        {
            for (var a = 0; a < 3; a++)
            {
                acc[a] = MathF.Min(acc[a], b[a]);
                acc[3 + a] = MathF.Max(acc[3 + a], b[3 + a]);
            }
        }

        private static float HalfArea(ReadOnlySpan<float> b)
        {
            if (b[3] < b[0])
            {
                return 0;
            }

            float x = b[3] - b[0], y = b[4] - b[1], z = b[5] - b[2];
            return (x * y) + (y * z) + (z * x);
        }

        private void Bounds(int from, int to, ref Node node)
        {
            float x0 = float.MaxValue, y0 = float.MaxValue, z0 = float.MaxValue, x1 = float.MinValue, y1 = float.MinValue, z1 = float.MinValue;
            for (var k = from; k < to; k++)
            {
                var b = _box.AsSpan(_order[k] * 6, 6);
                (x0, y0, z0) = (MathF.Min(x0, b[0]), MathF.Min(y0, b[1]), MathF.Min(z0, b[2]));
                (x1, y1, z1) = (MathF.Max(x1, b[3]), MathF.Max(y1, b[4]), MathF.Max(z1, b[5]));
            }

            (node.MinX, node.MinY, node.MinZ, node.MaxX, node.MaxY, node.MaxZ) = (x0, y0, z0, x1, y1, z1);
        }
    }
}

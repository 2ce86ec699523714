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
    private sealed class Builder
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
            return new TriangleBvh(b._nodes, b._next, corners, order);
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

        /// <summary>Partitions [from, to) at the cheapest binned split and sets the bounds of the two halves.</summary>
        private int Split(int from, int to, ref Node left, ref Node right)
        {
            var refs = _refs.AsSpan(from, to - from);
            var centres = Centres(from, to);
            var axis = centres.LongestAxis();
            var lo = centres.Min(axis);
            var extent = centres.Max(axis) - lo;
            if (!(extent > 0))
            {
                return Halve(from, to, ref left, ref right); // every centre at one point: any halving will do
            }

            var scale = Bins / extent;
            Span<int> count = stackalloc int[Bins];
            Span<Box> bins = stackalloc Box[Bins];
            Binned(from, to, axis, lo, scale, count, bins);

            // Sweep from the right for each split's right-hand cost, then from the left to pick the best.
            Span<float> rightCost = stackalloc float[Bins];
            var acc = Box.Empty;
            for (int i = Bins - 1, c = 0; i > 0; i--)
            {
                acc.Grow(bins[i]);
                c += count[i];
                rightCost[i] = c * acc.HalfArea();
            }

            acc = Box.Empty;
            int best = -1, leftCount = 0;
            var bestCost = float.MaxValue;
            for (var i = 1; i < Bins; i++)
            {
                acc.Grow(bins[i - 1]);
                leftCount += count[i - 1];
                var cost = (leftCount * acc.HalfArea()) + rightCost[i];
                if (leftCount > 0 && leftCount < refs.Length && cost < bestCost)
                {
                    (bestCost, best) = (cost, i);
                }
            }

            if (best < 0)
            {
                return Halve(from, to, ref left, ref right);
            }

            int a = 0, b = refs.Length - 1;
            while (a <= b)
            {
                if (Bin(refs[a].Centre2(axis), lo, scale) < best)
                {
                    a++;
                }
                else
                {
                    (refs[a], refs[b]) = (refs[b], refs[a]);
                    b--;
                }
            }

            Box l = Box.Empty, r2 = Box.Empty;
            for (var i = 0; i < Bins; i++)
            {
                if (i < best)
                {
                    l.Grow(bins[i]);
                }
                else
                {
                    r2.Grow(bins[i]);
                }
            }

            l.Store(ref left);
            r2.Store(ref right);
            return from + a;
        }

        /// <summary>The box of twice the triangles' box centres (no halving needed); in parallel chunks for big ranges.</summary>
        private Box Centres(int from, int to)
        {
            var chunks = Chunks(from, to);
            if (chunks == 1)
            {
                return CentresOf(from, to);
            }

            var parts = new Box[chunks];
            Parallel.For(0, chunks, c => parts[c] = CentresOf(Range(from, to, chunks, c).From, Range(from, to, chunks, c).To));
            var all = Box.Empty;
            foreach (var part in parts)
            {
                all.Grow(part);
            }

            return all;
        }

        private Box CentresOf(int from, int to)
        {
            var box = Box.Empty;
            foreach (ref readonly var r in _refs.AsSpan(from, to - from))
            {
                box.GrowPoint(r.MinX + r.MaxX, r.MinY + r.MaxY, r.MinZ + r.MaxZ);
            }

            return box;
        }

        /// <summary>Count and bounds of the triangles in each bin; in parallel chunks for big ranges.</summary>
        private void Binned(int from, int to, int axis, float lo, float scale, Span<int> count, Span<Box> bins)
        {
            var chunks = Chunks(from, to);
            count.Clear();
            if (chunks == 1)
            {
                BinsOf(from, to, axis, lo, scale, count, bins);
                return;
            }

            var counts = new int[chunks * Bins];
            var boxes = new Box[chunks * Bins];
            Parallel.For(0, chunks, c =>
            {
                var (a, b) = Range(from, to, chunks, c);
                BinsOf(a, b, axis, lo, scale, counts.AsSpan(c * Bins, Bins), boxes.AsSpan(c * Bins, Bins));
            });

            bins.Fill(Box.Empty);
            for (var i = 0; i < chunks * Bins; i++)
            {
                count[i % Bins] += counts[i];
                bins[i % Bins].Grow(boxes[i]);
            }
        }

        private void BinsOf(int from, int to, int axis, float lo, float scale, Span<int> count, Span<Box> bins)
        {
            bins.Fill(Box.Empty);
            foreach (ref readonly var r in _refs.AsSpan(from, to - from))
            {
                var bin = Bin(r.Centre2(axis), lo, scale);
                count[bin]++;
                bins[bin].Grow(in r);
            }
        }

        private static int Chunks(int from, int to) => to - from > ParallelAbove ? Math.Max(1, Environment.ProcessorCount) : 1;

        private static (int From, int To) Range(int from, int to, int chunks, int c) =>
            (from + (int)((long)(to - from) * c / chunks), from + (int)((long)(to - from) * (c + 1) / chunks));

        private int Halve(int from, int to, ref Node left, ref Node right)
        {
            var mid = (from + to) / 2;
            Box l = Box.Empty, r = Box.Empty;
            foreach (ref readonly var x in _refs.AsSpan(from, mid - from))
            {
                l.Grow(in x);
            }

            foreach (ref readonly var x in _refs.AsSpan(mid, to - mid))
            {
                r.Grow(in x);
            }

            l.Store(ref left);
            r.Store(ref right);
            return mid;
        }

        private static int Bin(float c, float lo, float scale) => Math.Clamp((int)((c - lo) * scale), 0, Bins - 1);
    }
}

using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Spatial;

public sealed partial class TriangleBvh
{
    /// <summary>The binned surface-area-heuristic split of one node's triangles.</summary>
    private sealed partial class Builder
    {
        /// <summary>Partitions [from, to) at the cheapest binned split and sets the bounds of the two halves.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // not precompiled: see Raycast
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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

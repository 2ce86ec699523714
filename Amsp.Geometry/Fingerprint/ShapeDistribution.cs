
namespace Amsp.Geometry.Fingerprint;

/// <summary>
/// D2 shape distribution (Osada et al.): the histogram of distances between random pairs of points sampled
/// uniformly on the surface (area-weighted), divided by their mean distance. It does not change under translation,
/// rotation, uniform scale or re-tessellation. Sampling uses a fixed seed, so the same mesh always gives the same histogram.
/// </summary>
internal static class ShapeDistribution
{
    public const int Bins = 64;
    public const double Range = 3.0; // in mean distances; the rare longer pairs go into the last bin
    private const int Pairs = 1 << 17;
    private const ulong Seed = 0x414D53505F443221UL;

    public static double[] Compute(Mesh mesh)
    {
        var idx = mesh.IndexArray;
        var cumulative = new double[mesh.TriangleCount];
        double total = 0;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            var a = mesh.Vertex(idx[f * 3]);
            total += Vec3.Cross(mesh.Vertex(idx[(f * 3) + 1]) - a, mesh.Vertex(idx[(f * 3) + 2]) - a).Length / 2;
            cumulative[f] = total;
        }

        var histogram = new double[Bins];
        if (total <= 0)
        {
            return histogram;
        }

        // The random numbers are drawn in one sequence as before, the pairs measured on every core, the distances summed in
        // order: the histogram is the same on any machine.
        var rng = new SplitMix64(Seed);
        var random = new double[Pairs * 6];
        for (var i = 0; i < random.Length; i++)
        {
            random[i] = rng.NextDouble();
        }

        var guide = Guide(cumulative, total);
        var distances = new double[Pairs];
        Parallel.For(0, Pairs / 4096, chunk =>
        {
            for (var i = chunk * 4096; i < (chunk + 1) * 4096; i++)
            {
                var r = random.AsSpan(i * 6, 6);
                distances[i] = (Sample(mesh, cumulative, guide, total, r[..3]) - Sample(mesh, cumulative, guide, total, r[3..])).Length;
            }
        });
        double sum = 0;
        foreach (var d in distances)
        {
            sum += d;
        }

        var mean = sum / Pairs;
        if (mean <= 0)
        {
            return histogram;
        }

        foreach (var d in distances)
        {
            histogram[Math.Min(Bins - 1, (int)(d / mean / Range * Bins))] += 1.0 / Pairs;
        }

        return histogram;
    }

    /// <summary>Similarity in [0, 1] from the earth mover's distance between two histograms (1 for identical ones).</summary>
    public static double Similarity(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException("Shape descriptors of different lengths cannot be compared.", nameof(b));
        }

        double ca = 0, cb = 0, emd = 0;
        for (var i = 0; i < a.Count; i++)
        {
            ca += a[i];
            cb += b[i];
            emd += Math.Abs(ca - cb) * Range / a.Count;
        }

        // emd is in mean distances: sampling noise gives about 0.001 to 0.002 (similarity above 0.95); a cube against a sphere about 0.016 (0.27).
        return 1 / (1 + Math.Pow(emd / Scale, 2));
    }

    internal const double Scale = 0.01;

    // Buckets of equal area: the first triangle each reaches, so a sample searches a few triangles, not all of them.
    private const int GuideBuckets = 1 << 16;

    private static int[] Guide(double[] cumulative, double total)
    {
        var guide = new int[GuideBuckets + 1];
        var f = 0;
        for (var b = 0; b <= GuideBuckets; b++)
        {
            var threshold = total * b / GuideBuckets;
            while (f < cumulative.Length - 1 && cumulative[f] < threshold)
            {
                f++;
            }

            guide[b] = f;
        }

        return guide;
    }

    // The triangle whose cumulative area first reaches r, as a binary search over all of them finds it (the bucket's
    // range is checked, and the whole array searched when rounding put r outside it).
    private static int Find(double[] cumulative, int[] guide, double total, double r)
    {
        var b = Math.Clamp((int)(r / total * GuideBuckets), 0, GuideBuckets - 1);
        int lo = guide[b] > 0 ? guide[b] - 1 : 0, hi = guide[b + 1];
        var f = Array.BinarySearch(cumulative, lo, hi - lo + 1, r);
        f = f < 0 ? ~f : f;
        if ((f > 0 && cumulative[f - 1] >= r) || (f < cumulative.Length && cumulative[f] < r))
        {
            f = Array.BinarySearch(cumulative, r);
            f = f < 0 ? ~f : f;
        }

        return Math.Min(f, cumulative.Length - 1);
    }

    private static Vec3 Sample(Mesh mesh, double[] cumulative, int[] guide, double total, ReadOnlySpan<double> random)
    {
        var r = random[0] * total;
        var f = Find(cumulative, guide, total, r);
        var idx = mesh.IndexArray;
        var a = mesh.Vertex(idx[f * 3]);
        var b = mesh.Vertex(idx[(f * 3) + 1]);
        var c = mesh.Vertex(idx[(f * 3) + 2]);
        var s = Math.Sqrt(random[1]);
        var t = random[2];
        return (a * (1 - s)) + (b * (s * (1 - t))) + (c * (s * t));
    }
}

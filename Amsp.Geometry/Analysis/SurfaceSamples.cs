namespace Amsp.Geometry.Analysis;

/// <summary>
/// Points spread evenly over a mesh's surface, each standing for an equal share of its triangle: a triangle gets m²
/// samples (m = ⌈√(area / cell)⌉, at least one), the centroids of its subdivision into m² equal triangles. Deterministic.
/// </summary>
internal sealed class SurfaceSamples
{
    private SurfaceSamples(int[] start, float[] weight, Vec3[] normal)
    {
        Start = start;
        Weight = weight;
        Normal = normal;
    }

    /// <summary>Samples of triangle f: [Start[f], Start[f + 1]).</summary>
    public int[] Start { get; }

    /// <summary>Area each sample of triangle f stands for.</summary>
    public float[] Weight { get; }

    /// <summary>Unit outward normal of each triangle (zero for a degenerate one).</summary>
    public Vec3[] Normal { get; }

    public int Count => Start[^1];

    /// <summary>Plans the samples: about one per <paramref name="cell"/> of area, at least one per triangle.</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="cell">Area per sample (mm²).</param>
    /// <param name="maxSamples">Upper bound on the samples beyond one per triangle: the cell grows to respect it.</param>
    public static SurfaceSamples Plan(Mesh mesh, double cell, int maxSamples)
    {
        var t = mesh.TriangleCount;
        var area = new double[t];
        var normal = new Vec3[t];
        var idx = mesh.IndexArray;
        double total = 0;
        for (var f = 0; f < t; f++)
        {
            var a = mesh.Vertex(idx[f * 3]);
            var n = Vec3.Cross(mesh.Vertex(idx[(f * 3) + 1]) - a, mesh.Vertex(idx[(f * 3) + 2]) - a);
            var len = n.Length;
            area[f] = len / 2;
            normal[f] = len > 0 ? n * (1 / len) : default;
            total += area[f];
        }

        cell = Math.Max(cell, total / Math.Max(1, maxSamples - t));
        var start = new int[t + 1];
        var weight = new float[t];
        long count = 0;
        for (var f = 0; f < t; f++)
        {
            var m = Side(area[f], cell);
            start[f] = (int)count;
            weight[f] = (float)(area[f] / (m * m));
            count += m * m;
        }

        start[t] = checked((int)count);
        return new SurfaceSamples(start, weight, normal);
    }

    /// <summary>The position of sample <paramref name="k"/> (0 ≤ k &lt; m²) of triangle <paramref name="f"/>.</summary>
    public Vec3 Point(Mesh mesh, int f, int k)
    {
        var m = (int)Math.Round(Math.Sqrt(Start[f + 1] - Start[f]));
        var idx = mesh.IndexArray;
        var a = mesh.Vertex(idx[f * 3]);
        var ab = mesh.Vertex(idx[(f * 3) + 1]) - a;
        var ac = mesh.Vertex(idx[(f * 3) + 2]) - a;

        // Row i of the subdivision holds m − i upward triangles, then m − i − 1 downward ones.
        var i = 0;
        while (k >= (2 * (m - i)) - 1)
        {
            k -= (2 * (m - i)) - 1;
            i++;
        }

        var (u, v) = k < m - i ? (i + (1.0 / 3), k + (1.0 / 3)) : (i + (2.0 / 3), k - (m - i) + (2.0 / 3));
        return a + (ab * (u / m)) + (ac * (v / m));
    }

    private static int Side(double area, double cell) => Math.Max(1, (int)Math.Min(64, Math.Ceiling(Math.Sqrt(area / cell))));
}

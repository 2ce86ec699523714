
namespace Amsp.Geometry.Analysis;

/// <summary>Per-face sums in one pass: signed volume and area (total and per shell), bounding boxes, degenerate faces.</summary>
internal sealed class FaceMeasures
{
    /// <summary>A face is degenerate when twice its area is below this fraction of its longest edge squared (collinear within float noise).</summary>
    public const double CollinearTolerance = 1e-10;

    public double Volume { get; private set; }

    public double Area { get; private set; }

    public int DegenerateFaces { get; private set; }

    public required double[] ShellVolume { get; init; }

    public required Vec3[] ShellMin { get; init; }

    public required Vec3[] ShellMax { get; init; }

    public static bool IsDegenerate(Mesh mesh, int face)
    {
        var idx = mesh.IndexArray;
        int a = idx[face * 3], b = idx[(face * 3) + 1], c = idx[(face * 3) + 2];
        if (a == b || b == c || a == c)
        {
            return true;
        }

        var pa = mesh.Vertex(a);
        var e1 = mesh.Vertex(b) - pa;
        var e2 = mesh.Vertex(c) - pa;
        var e3 = e2 - e1;
        var cross = Vec3.Cross(e1, e2);
        var longest = Math.Max(Vec3.Dot(e1, e1), Math.Max(Vec3.Dot(e2, e2), Vec3.Dot(e3, e3)));
        return Vec3.Dot(cross, cross) <= CollinearTolerance * CollinearTolerance * longest * longest;
    }

    public static FaceMeasures Compute(Mesh mesh, int[] shellOfFace, int shellCount)
    {
        var m = new FaceMeasures
        {
            ShellVolume = new double[shellCount],
            ShellMin = new Vec3[shellCount],
            ShellMax = new Vec3[shellCount],
        };

        // Volumes are taken about a vertex of the mesh, not the origin, so that far-away parts keep their precision.
        var origin = mesh.VertexCount > 0 ? mesh.Vertex(0) : default;
        const int Chunks = 64;
        var t = mesh.TriangleCount;
        var size = (t + Chunks - 1) / Chunks;
        var partial = new (double Volume, double Area, int Degenerate)[Chunks];
        Parallel.For(0, Chunks, c => partial[c] = Sum(mesh, origin, c * size, Math.Min(t, (c + 1) * size)));

        // Partial sums are added in chunk order, so the result does not depend on thread timing.
        foreach (var (volume, area, degenerate) in partial)
        {
            m.Volume += volume;
            m.Area += area;
            m.DegenerateFaces += degenerate;
        }

        if (shellCount == 1)
        {
            var (min, max) = MeshCheck.BoundingBox(mesh);
            (m.ShellVolume[0], m.ShellMin[0], m.ShellMax[0]) = (m.Volume, min, max);
        }
        else if (shellCount > 1)
        {
            PerShell(mesh, origin, shellOfFace, m);
        }

        return m;
    }

    private static (double Volume, double Area, int Degenerate) Sum(Mesh mesh, Vec3 origin, int from, int to)
    {
        var idx = mesh.IndexArray;
        double volume = 0, area = 0;
        var degenerate = 0;
        for (var f = from; f < to; f++)
        {
            var a = mesh.Vertex(idx[f * 3]) - origin;
            var b = mesh.Vertex(idx[(f * 3) + 1]) - origin;
            var c = mesh.Vertex(idx[(f * 3) + 2]) - origin;
            volume += Vec3.Dot(a, Vec3.Cross(b, c)) / 6;
            var e1 = b - a;
            var e2 = c - a;
            var cross = Vec3.Cross(e1, e2);
            var cross2 = Vec3.Dot(cross, cross);
            area += Math.Sqrt(cross2) / 2;
            var e3 = e2 - e1;
            var longest = Math.Max(Vec3.Dot(e1, e1), Math.Max(Vec3.Dot(e2, e2), Vec3.Dot(e3, e3)));
            if (cross2 <= CollinearTolerance * CollinearTolerance * longest * longest || EdgeTopology.HasRepeatedVertex(idx, f))
            {
                degenerate++;
            }
        }

        return (volume, area, degenerate);
    }

    private static void PerShell(Mesh mesh, Vec3 origin, int[] shellOfFace, FaceMeasures m)
    {
        Array.Fill(m.ShellMin, new Vec3(double.MaxValue, double.MaxValue, double.MaxValue));
        Array.Fill(m.ShellMax, new Vec3(double.MinValue, double.MinValue, double.MinValue));
        var idx = mesh.IndexArray;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            var a = mesh.Vertex(idx[f * 3]);
            var b = mesh.Vertex(idx[(f * 3) + 1]);
            var c = mesh.Vertex(idx[(f * 3) + 2]);
            var s = shellOfFace[f];
            m.ShellVolume[s] += Vec3.Dot(a - origin, Vec3.Cross(b - origin, c - origin)) / 6;
            m.ShellMin[s] = Min(m.ShellMin[s], Min(a, Min(b, c)));
            m.ShellMax[s] = Max(m.ShellMax[s], Max(a, Max(b, c)));
        }
    }

    public static Vec3 Min(Vec3 a, Vec3 b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Min(a.Z, b.Z));

    public static Vec3 Max(Vec3 a, Vec3 b) => new(Math.Max(a.X, b.X), Math.Max(a.Y, b.Y), Math.Max(a.Z, b.Z));
}

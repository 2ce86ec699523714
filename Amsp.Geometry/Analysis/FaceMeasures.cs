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
        Array.Fill(m.ShellMin, new Vec3(double.MaxValue, double.MaxValue, double.MaxValue));
        Array.Fill(m.ShellMax, new Vec3(double.MinValue, double.MinValue, double.MinValue));
        var idx = mesh.IndexArray;
        double volume = 0, area = 0;
        var degenerate = 0;
        // Volumes are taken about a vertex of the mesh, not the origin, so that far-away parts keep their precision.
        var origin = mesh.VertexCount > 0 ? mesh.Vertex(0) : default;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            var a = mesh.Vertex(idx[f * 3]);
            var b = mesh.Vertex(idx[(f * 3) + 1]);
            var c = mesh.Vertex(idx[(f * 3) + 2]);
            var v = Vec3.Dot(a - origin, Vec3.Cross(b - origin, c - origin)) / 6;
            volume += v;
            area += Vec3.Cross(b - a, c - a).Length / 2;
            var s = shellOfFace[f];
            m.ShellVolume[s] += v;
            m.ShellMin[s] = Min(m.ShellMin[s], Min(a, Min(b, c)));
            m.ShellMax[s] = Max(m.ShellMax[s], Max(a, Max(b, c)));
            if (IsDegenerate(mesh, f))
            {
                degenerate++;
            }
        }

        m.Volume = volume;
        m.Area = area;
        m.DegenerateFaces = degenerate;
        return m;
    }

    public static Vec3 Min(Vec3 a, Vec3 b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Min(a.Z, b.Z));

    public static Vec3 Max(Vec3 a, Vec3 b) => new(Math.Max(a.X, b.X), Math.Max(a.Y, b.Y), Math.Max(a.Z, b.Z));
}

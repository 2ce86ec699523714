namespace Amsp.Geometry.Analysis;

/// <summary>
/// Per-face sums in one parallel pass: area, degenerate faces, which shells have area, and each patch's volume with
/// its faces weighted by their parity (so that a patch's volume is that of the patch made consistent, up to sign).
/// Volumes are taken about a given origin (the bounding-box centre), so they depend neither on where the part sits
/// nor on which vertex comes first.
/// </summary>
internal sealed class FaceMeasures
{
    /// <summary>A face is degenerate when twice its area is below this fraction of its longest edge squared (collinear within float noise).</summary>
    public const double CollinearTolerance = 1e-10;

    private const int Chunks = 64;
    private const int MaxShellsInChunks = 64;

    public double Area { get; private set; }

    public int DegenerateFaces { get; private set; }

    /// <summary>Area needing support, summed in the same pass (see <see cref="Printability.OverhangArea"/>).</summary>
    public double OverhangArea { get; private set; }

    /// <summary>Per patch: the sum of face volumes, each multiplied by its parity.</summary>
    public required double[] PatchVolume { get; init; }

    /// <summary>Per shell of the topology: true when it has a face of non-zero area.</summary>
    public required bool[] ShellHasArea { get; init; }

    public static bool IsDegenerate(Mesh mesh, int face)
    {
        var idx = mesh.IndexArray;
        int a = idx[face * 3], b = idx[(face * 3) + 1], c = idx[(face * 3) + 2];
        if (a == b || b == c || a == c)
        {
            return true;
        }

        var pa = mesh.Vertex(a);
        return IsCollinear(mesh.Vertex(b) - pa, mesh.Vertex(c) - pa, out _);
    }

    /// <summary>True when the triangle spanned by <paramref name="e1"/> and <paramref name="e2"/> has zero area within float noise.</summary>
    public static bool IsCollinear(Vec3 e1, Vec3 e2, out double cross2)
    {
        var e3 = e2 - e1;
        var cross = Vec3.Cross(e1, e2);
        cross2 = Vec3.Dot(cross, cross);
        var longest = Math.Max(Vec3.Dot(e1, e1), Math.Max(Vec3.Dot(e2, e2), Vec3.Dot(e3, e3)));
        return cross2 <= CollinearTolerance * CollinearTolerance * longest * longest;
    }

    /// <summary>Signed volume of the tetrahedron from <paramref name="origin"/> to face (a, b, c).</summary>
    public static double Tetra(Vec3 a, Vec3 b, Vec3 c, Vec3 origin) => Vec3.Dot(a - origin, Vec3.Cross(b - origin, c - origin)) / 6;

    public static FaceMeasures Compute(Mesh mesh, EdgeTopology topology, Vec3 origin, (Vec3 Up, double Cos, double Plate) overhang)
    {
        var m = new FaceMeasures { PatchVolume = new double[topology.PatchCount], ShellHasArea = new bool[topology.ShellCount] };
        var t = mesh.TriangleCount;
        var size = (t + Chunks - 1) / Chunks;
        var single = topology.PatchCount == 1;
        var partial = new (double Volume, double Area, int Degenerate, double Overhang)[Chunks];

        // The plate height relative to the origin, since the pass works on coordinates relative to it.
        overhang.Plate -= Vec3.Dot(origin, overhang.Up);
        Parallel.For(0, Chunks, c => partial[c] = Sum(mesh, topology, origin, overhang, c * size, Math.Min(t, (c + 1) * size), single ? null : m));

        // Partial sums are added in chunk order, so the result does not depend on thread timing.
        foreach (var (volume, area, degenerate, support) in partial)
        {
            m.Area += area;
            m.DegenerateFaces += degenerate;
            m.OverhangArea += support;
            if (single)
            {
                m.PatchVolume[0] += volume;
            }
        }

        if (single)
        {
            m.ShellHasArea[0] = m.DegenerateFaces < t;
        }
        else
        {
            // Several patches: their volumes are summed face by face in order (deterministic, and cheap next to the pass).
            var idx = mesh.IndexArray;
            for (var f = 0; f < t; f++)
            {
                var v = Tetra(mesh.Vertex(idx[f * 3]), mesh.Vertex(idx[(f * 3) + 1]), mesh.Vertex(idx[(f * 3) + 2]), origin);
                m.PatchVolume[topology.PatchOfFace[f]] += topology.Parity[f] * v;
            }
        }

        return m;
    }

    private static (double Volume, double Area, int Degenerate, double Overhang) Sum(
        Mesh mesh, EdgeTopology topology, Vec3 origin, (Vec3 Up, double Cos, double Plate) overhang, int from, int to, FaceMeasures? perShell)
    {
        var idx = mesh.IndexArray;
        var parity = topology.Parity;
        double volume = 0, area = 0, support = 0;
        var degenerate = 0;
        for (var f = from; f < to; f++)
        {
            var a = mesh.Vertex(idx[f * 3]) - origin;
            var b = mesh.Vertex(idx[(f * 3) + 1]) - origin;
            var c = mesh.Vertex(idx[(f * 3) + 2]) - origin;
            volume += parity[f] * Vec3.Dot(a, Vec3.Cross(b, c)) / 6;
            var e1 = b - a;
            var e2 = c - a;
            var flat = IsCollinear(e1, e2, out var cross2) || EdgeTopology.HasRepeatedVertex(idx, f);
            var length = Math.Sqrt(cross2);
            area += length / 2;

            // Overhang, as Printability.OverhangArea: facing down within the angle, and not lying on the plate.
            if (length > 0 && -Vec3.Dot(Vec3.Cross(e1, e2), overhang.Up) / length >= overhang.Cos
                && Math.Max(Vec3.Dot(a, overhang.Up), Math.Max(Vec3.Dot(b, overhang.Up), Vec3.Dot(c, overhang.Up))) > overhang.Plate)
            {
                support += length / 2;
            }

            if (flat)
            {
                degenerate++;
            }
            else if (perShell is not null)
            {
                perShell.ShellHasArea[topology.ShellOfFace[f]] = true; // the same value from any thread
            }
        }

        return (volume, area, degenerate, support);
    }

    /// <summary>
    /// Signed volume and bounding box of each shell, faces taken as stored (for a mesh already made consistent). With
    /// few shells the faces are summed in parallel chunks whose sums are added in chunk order, so the volume does not
    /// depend on thread timing; with many, one pass (per-chunk sums would take chunks × shells memory).
    /// </summary>
    public static (double[] Volume, Vec3[] Min, Vec3[] Max) PerShell(Mesh mesh, int[] shellOfFace, int shellCount, Vec3 origin)
    {
        var t = mesh.TriangleCount;
        var chunks = shellCount <= MaxShellsInChunks && t >= Chunks * 1024 ? Chunks : 1;
        var size = (t + chunks - 1) / chunks;
        var parts = new (double[] Volume, Vec3[] Min, Vec3[] Max)[chunks];
        Parallel.For(0, chunks, c => parts[c] = PerShell(mesh, shellOfFace, shellCount, origin, c * size, Math.Min(t, (c + 1) * size)));
        var (volume, min, max) = parts[0];
        for (var c = 1; c < chunks; c++)
        {
            for (var s = 0; s < shellCount; s++)
            {
                volume[s] += parts[c].Volume[s];
                min[s] = Min(min[s], parts[c].Min[s]);
                max[s] = Max(max[s], parts[c].Max[s]);
            }
        }

        return (volume, min, max);
    }

    private static (double[] Volume, Vec3[] Min, Vec3[] Max) PerShell(Mesh mesh, int[] shellOfFace, int shellCount, Vec3 origin, int from, int to)
    {
        var volume = new double[shellCount];
        var min = new Vec3[shellCount];
        var max = new Vec3[shellCount];
        Array.Fill(min, new Vec3(double.MaxValue, double.MaxValue, double.MaxValue));
        Array.Fill(max, new Vec3(double.MinValue, double.MinValue, double.MinValue));
        var idx = mesh.IndexArray;
        for (var f = from; f < to; f++)
        {
            var s = shellOfFace[f];
            if (s < 0)
            {
                continue;
            }

            var a = mesh.Vertex(idx[f * 3]);
            var b = mesh.Vertex(idx[(f * 3) + 1]);
            var c = mesh.Vertex(idx[(f * 3) + 2]);
            volume[s] += Tetra(a, b, c, origin);
            min[s] = Min(min[s], Min(a, Min(b, c)));
            max[s] = Max(max[s], Max(a, Max(b, c)));
        }

        return (volume, min, max);
    }

    public static Vec3 Min(Vec3 a, Vec3 b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Min(a.Z, b.Z));

    public static Vec3 Max(Vec3 a, Vec3 b) => new(Math.Max(a.X, b.X), Math.Max(a.Y, b.Y), Math.Max(a.Z, b.Z));
}

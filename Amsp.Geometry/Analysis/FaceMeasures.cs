using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Per-face sums: area, degenerate faces, which shells have area, and each patch's volume with its faces weighted by
/// their parity (so that a patch's volume is that of the patch made consistent, up to sign). One parallel pass takes
/// what needs no topology (<see cref="Sums"/>); a consistent single patch, the usual case, needs nothing more, other
/// meshes a second pass over the parities. Volumes are taken about a given origin (the bounding-box centre), so they
/// depend neither on where the part sits nor on which vertex comes first.
/// </summary>
internal sealed class FaceMeasures
{
    /// <summary>A face is degenerate when twice its area is below this fraction of its longest edge squared (collinear within float noise).</summary>
    public const double CollinearTolerance = 1e-10;

    /// <summary>
    /// A shell's signed volume is zero when it is within this fraction of the sum of the absolute values of the terms
    /// that make it up (each face's tetrahedron from the origin): a flat shell, or an open one closed by its own
    /// reverse, sums terms that cancel, and what is left is rounding with either sign, not an orientation. Far above
    /// rounding (about 1e-16 per term), far below any real part (a 100 mm plate 1 µm thick: 6e-5).
    /// </summary>
    public const double FlatVolume = 1e-9;

    private const int Chunks = 64;
    private const int MaxShellsInChunks = 64;

    public double Area { get; private set; }

    public int DegenerateFaces { get; private set; }

    /// <summary>Area needing support, summed in the same pass (see <see cref="Printability.OverhangArea"/>).</summary>
    public double OverhangArea { get; private set; }

    /// <summary>Per patch: the sum of face volumes, each multiplied by its parity.</summary>
    public required double[] PatchVolume { get; init; }

    /// <summary>Per patch: the sum of the absolute face volumes (the scale of <see cref="PatchVolume"/>'s rounding; see <see cref="FlatVolume"/>).</summary>
    public required double[] PatchMagnitude { get; init; }

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

    /// <summary>
    /// The sums that need no topology, in one parallel pass: area, degenerate faces, overhang area and the volume with
    /// every face as stored. <see cref="SumsInChunks"/> takes them a chunk at a time, for threads with time to spare;
    /// <see cref="Compute"/> completes them.
    /// </summary>
    public static FaceSums Sums(Mesh mesh, Vec3 origin, (Vec3 Up, double Cos, double Plate) overhang)
    {
        var sums = new SumsInChunks(mesh, origin, overhang);
        Parallel.For(0, Chunks, c => sums.Run(c));
        return sums.Total;
    }

    /// <summary>The measures of the faces of <paramref name="mesh"/>, given their <see cref="Sums"/> about <paramref name="origin"/>.</summary>
    public static FaceMeasures Compute(Mesh mesh, EdgeTopology topology, Vec3 origin, FaceSums s)
    {
        var m = new FaceMeasures
        {
            PatchVolume = new double[topology.PatchCount],
            PatchMagnitude = new double[topology.PatchCount],
            ShellHasArea = new bool[topology.ShellCount],
            Area = s.Area,
            DegenerateFaces = s.DegenerateFaces,
            OverhangArea = s.OverhangArea,
        };
        var t = mesh.TriangleCount;
        var idx = mesh.IndexArray;
        if (topology.PatchCount == 1)
        {
            // One patch (the usual case): all faces oriented like the first give the stored volume; otherwise the
            // faces are weighted by their parity in a second parallel pass, summed in chunk order.
            m.PatchVolume[0] = topology.PatchBalance[0] == t ? s.Volume : WeightedVolume(mesh, topology.Parity, origin);
            m.PatchMagnitude[0] = s.Magnitude;
            m.ShellHasArea[0] = s.DegenerateFaces < t;
            return m;
        }

        // Several patches: their volumes are summed face by face in order (deterministic, and cheap next to the pass).
        for (var f = 0; f < t; f++)
        {
            int i0 = idx[f * 3], i1 = idx[(f * 3) + 1], i2 = idx[(f * 3) + 2];
            var a = mesh.Vertex(i0) - origin;
            var e1 = mesh.Vertex(i1) - origin - a;
            var e2 = mesh.Vertex(i2) - origin - a;
            var volume = Vec3.Dot(a, Vec3.Cross(e1, e2)) / 6;
            m.PatchVolume[topology.PatchOfFace[f]] += topology.Parity[f] * volume;
            m.PatchMagnitude[topology.PatchOfFace[f]] += Math.Abs(volume);
            if (i0 != i1 && i1 != i2 && i0 != i2 && !IsCollinear(e1, e2, out _))
            {
                m.ShellHasArea[topology.ShellOfFace[f]] = true;
            }
        }

        return m;
    }

    private static double WeightedVolume(Mesh mesh, sbyte[] parity, Vec3 origin)
    {
        var t = mesh.TriangleCount;
        var size = (t + Chunks - 1) / Chunks;
        var partial = new double[Chunks];
        Parallel.For(0, Chunks, c =>
        {
            var idx = mesh.IndexArray;
            double volume = 0;
            for (var f = c * size; f < Math.Min(t, (c + 1) * size); f++)
            {
                var a = mesh.Vertex(idx[f * 3]) - origin;
                var e1 = mesh.Vertex(idx[(f * 3) + 1]) - origin - a;
                var e2 = mesh.Vertex(idx[(f * 3) + 2]) - origin - a;
                volume += parity[f] * Vec3.Dot(a, Vec3.Cross(e1, e2));
            }

            partial[c] = volume / 6;
        });
        return partial.Sum(); // in chunk order: the same on every run
    }

    private static FaceSums Sum(Mesh mesh, Vec3 origin, (Vec3 Up, double Cos, double Plate) overhang, int from, int to)
    {
        var idx = mesh.IndexArray;
        double volume = 0, magnitude = 0, area = 0, support = 0;
        var degenerate = 0;
        const double Tolerance2 = CollinearTolerance * CollinearTolerance;
        for (var f = from; f < to; f++)
        {
            int i0 = idx[f * 3], i1 = idx[(f * 3) + 1], i2 = idx[(f * 3) + 2];
            var a = mesh.Vertex(i0) - origin;
            var b = mesh.Vertex(i1) - origin;
            var c = mesh.Vertex(i2) - origin;
            var e1 = b - a;
            var e2 = c - a;
            var e3 = e2 - e1;

            // One cross product serves all three measures: the tetrahedron's volume a · (b × c) equals a · (e1 × e2),
            // twice the area is its length, and the overhang test needs the face's normal.
            var n = Vec3.Cross(e1, e2);
            var tetra = Vec3.Dot(a, n);
            volume += tetra;
            magnitude += Math.Abs(tetra);
            var cross2 = Vec3.Dot(n, n);
            var longest = Math.Max(Vec3.Dot(e1, e1), Math.Max(Vec3.Dot(e2, e2), Vec3.Dot(e3, e3)));
            var length = Math.Sqrt(cross2);
            area += length;

            // Overhang, as Printability.OverhangArea: facing down within the angle, and not lying on the plate.
            if (length > 0 && -Vec3.Dot(n, overhang.Up) / length >= overhang.Cos
                && Math.Max(Vec3.Dot(a, overhang.Up), Math.Max(Vec3.Dot(b, overhang.Up), Vec3.Dot(c, overhang.Up))) > overhang.Plate)
            {
                support += length;
            }

            // As IsCollinear, or a repeated vertex.
            degenerate += cross2 <= Tolerance2 * longest * longest || i0 == i1 || i1 == i2 || i0 == i2 ? 1 : 0;
        }

        return new FaceSums(volume / 6, area / 2, degenerate, support / 2, magnitude / 6);
    }

    /// <summary>
    /// Signed volume and bounding box of each shell, faces taken as stored (for a mesh already made consistent). With
    /// few shells the faces are summed in parallel chunks whose sums are added in chunk order, so the volume does not
    /// depend on thread timing; with many, one pass (per-chunk sums would take chunks × shells memory).
    /// </summary>
    public static (double[] Volume, Vec3[] Min, Vec3[] Max, double[] Magnitude) PerShell(Mesh mesh, int[] shellOfFace, int shellCount, Vec3 origin)
    {
        var t = mesh.TriangleCount;
        var chunks = shellCount <= MaxShellsInChunks && t >= Chunks * 1024 ? Chunks : 1;
        var size = (t + chunks - 1) / chunks;
        var parts = new (double[] Volume, Vec3[] Min, Vec3[] Max, double[] Magnitude)[chunks];
        Parallel.For(0, chunks, c => parts[c] = PerShell(mesh, shellOfFace, shellCount, origin, c * size, Math.Min(t, (c + 1) * size)));
        var (volume, min, max, magnitude) = parts[0];
        for (var c = 1; c < chunks; c++)
        {
            for (var s = 0; s < shellCount; s++)
            {
                volume[s] += parts[c].Volume[s];
                magnitude[s] += parts[c].Magnitude[s];
                min[s] = Min(min[s], parts[c].Min[s]);
                max[s] = Max(max[s], parts[c].Max[s]);
            }
        }

        return (volume, min, max, magnitude);
    }

    private static (double[] Volume, Vec3[] Min, Vec3[] Max, double[] Magnitude) PerShell(Mesh mesh, int[] shellOfFace, int shellCount, Vec3 origin, int from, int to)
    {
        var volume = new double[shellCount];
        var magnitude = new double[shellCount];
        var min = new Vec3[shellCount];
        var max = new Vec3[shellCount];
        Array.Fill(min, new Vec3(double.MaxValue, double.MaxValue, double.MaxValue));
        Array.Fill(max, new Vec3(double.MinValue, double.MinValue, double.MinValue));
        var idx = mesh.IndexArray;
        var p = mesh.PositionArray;

        // Faces of a shell mostly come in runs: the box of the current run is kept in floats and merged when the shell
        // changes, so a face costs three compares per coordinate instead of a round trip through the arrays.
        var run = -1;
        float x0 = 0, y0 = 0, z0 = 0, x1 = 0, y1 = 0, z1 = 0;
        for (var f = from; f < to; f++)
        {
            var s = shellOfFace[f];
            if (s < 0)
            {
                continue;
            }

            if (s != run)
            {
                Merge(min, max, run, x0, y0, z0, x1, y1, z1);
                run = s;
                var first = idx[f * 3] * 3;
                (x0, y0, z0) = (p[first], p[first + 1], p[first + 2]);
                (x1, y1, z1) = (x0, y0, z0);
            }

            for (var k = 0; k < 3; k++)
            {
                var v = idx[(f * 3) + k] * 3;
                float x = p[v], y = p[v + 1], z = p[v + 2];
                x0 = x < x0 ? x : x0;
                x1 = x > x1 ? x : x1;
                y0 = y < y0 ? y : y0;
                y1 = y > y1 ? y : y1;
                z0 = z < z0 ? z : z0;
                z1 = z > z1 ? z : z1;
            }

            var tetra = Tetra(mesh.Vertex(idx[f * 3]), mesh.Vertex(idx[(f * 3) + 1]), mesh.Vertex(idx[(f * 3) + 2]), origin);
            volume[s] += tetra;
            magnitude[s] += Math.Abs(tetra);
        }

        Merge(min, max, run, x0, y0, z0, x1, y1, z1);
        return (volume, min, max, magnitude);
    }

    private static void Merge(Vec3[] min, Vec3[] max, int shell, float x0, float y0, float z0, float x1, float y1, float z1)
    {
        if (shell >= 0)
        {
            min[shell] = Min(min[shell], new Vec3(x0, y0, z0));
            max[shell] = Max(max[shell], new Vec3(x1, y1, z1));
        }
    }

    /// <summary>
    /// <see cref="Sums"/> split into chunks that threads take one at a time (<see cref="TakeOne"/>) when they have
    /// nothing else to do; the chunks' sums are added in chunk order, so the total does not depend on thread timing.
    /// </summary>
    internal sealed class SumsInChunks(Mesh mesh, Vec3 origin, (Vec3 Up, double Cos, double Plate) overhang)
    {
        // The plate height relative to the origin, since the pass works on coordinates relative to it.
        private readonly (Vec3 Up, double Cos, double Plate) _overhang = (overhang.Up, overhang.Cos, overhang.Plate - Vec3.Dot(origin, overhang.Up));
        private readonly FaceSums[] _partial = new FaceSums[Chunks];
        private int _next = -1;

        /// <summary>The sum of all chunks; every chunk must have run.</summary>
        public FaceSums Total
        {
            get
            {
                var sums = default(FaceSums);
                foreach (var p in _partial)
                {
                    sums = new FaceSums(
                        sums.Volume + p.Volume, sums.Area + p.Area, sums.DegenerateFaces + p.DegenerateFaces, sums.OverhangArea + p.OverhangArea,
                        sums.Magnitude + p.Magnitude);
                }

                return sums;
            }
        }

        /// <summary>Sums the next chunk no thread has taken; false when none is left.</summary>
        public bool TakeOne()
        {
            var c = Interlocked.Increment(ref _next);
            if (c >= Chunks)
            {
                return false;
            }

            Run(c);
            return true;
        }

        /// <summary>Sums chunk <paramref name="c"/>.</summary>
        public void Run(int c)
        {
            var t = mesh.TriangleCount;
            var size = (t + Chunks - 1) / Chunks;
            _partial[c] = Sum(mesh, origin, _overhang, c * size, Math.Min(t, (c + 1) * size));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec3 Min(Vec3 a, Vec3 b) => new(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Min(a.Z, b.Z));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec3 Max(Vec3 a, Vec3 b) => new(Math.Max(a.X, b.X), Math.Max(a.Y, b.Y), Math.Max(a.Z, b.Z));
}

/// <summary>Sums over the faces as stored (see <see cref="FaceMeasures.Sums"/>).</summary>
/// <param name="Volume">Signed volume with every face as stored, about the origin given.</param>
/// <param name="Area">Total area.</param>
/// <param name="DegenerateFaces">Faces of zero area (collinear within float noise, or a repeated vertex).</param>
/// <param name="OverhangArea">Area needing support.</param>
/// <param name="Magnitude">The sum of the faces' absolute volumes (see <see cref="FaceMeasures.FlatVolume"/>).</param>
internal readonly record struct FaceSums(double Volume, double Area, int DegenerateFaces, double OverhangArea, double Magnitude);

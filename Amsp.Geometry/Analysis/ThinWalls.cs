using System.Runtime.CompilerServices;
using Amsp.Geometry.Spatial;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Measures wall thickness by casting rays: from points spread evenly over the surface, a ray goes inward (against the
/// face's outward normal) to the first surface it meets, up to a few minimum thicknesses; that distance is the wall
/// thickness there. The surface whose
/// thickness is below a minimum is reported with its area and its connected regions. Accuracy: see docs/geometry.md.
/// </summary>
public static class ThinWalls
{
    /// <summary>
    /// A ray measures a wall only when the face it leaves through is turned at least 120° from the face it started on
    /// (cos 120° = −0.5): one that leaves through a side, within 60° of perpendicular, ran along the wall (near the rim of
    /// a leaning wall, say), not across it, and measures nothing.
    /// </summary>
    private const double Across = 0.5;

    /// <summary>Measures where the walls of <paramref name="mesh"/> are thinner than <paramref name="minThickness"/>.</summary>
    /// <param name="mesh">A closed, outward-oriented mesh (repair it first), in millimetres.</param>
    /// <param name="minThickness">Thinnest wall the material allows (mm).</param>
    /// <param name="options">Sampling; <see cref="ThinWallOptions.Default"/> when null.</param>
    public static ThinWallReport Analyze(Mesh mesh, double minThickness, ThinWallOptions? options = null) =>
        Analyze(mesh, [minThickness], options)[0];

    /// <summary>
    /// Measures the walls once and reports them against several minimum thicknesses (one per material, say): the BVH
    /// is built and the rays cast once, reaching <see cref="ThinWallOptions.RayLength"/> times the largest minimum.
    /// </summary>
    /// <param name="mesh">A closed, outward-oriented mesh (repair it first), in millimetres.</param>
    /// <param name="minThicknesses">The minimum thicknesses (mm), at least one.</param>
    /// <param name="options">Sampling; <see cref="ThinWallOptions.Default"/> when null.</param>
    /// <returns>One report per minimum thickness, in the order given.</returns>
    public static IReadOnlyList<ThinWallReport> Analyze(Mesh mesh, IReadOnlyList<double> minThicknesses, ThinWallOptions? options = null) =>
        Analyze(mesh, null, minThicknesses, options);

    /// <summary>
    /// As <see cref="Analyze(Mesh, IReadOnlyList{double}, ThinWallOptions?)"/>, casting the rays in a hierarchy already
    /// built over <paramref name="mesh"/> (shared with the support estimate, say), or in a new one when it is null.
    /// </summary>
    /// <param name="mesh">A closed, outward-oriented mesh (repair it first), in millimetres.</param>
    /// <param name="bvh">A hierarchy built over this very mesh (<see cref="TriangleBvh.IsOver"/>), or null.</param>
    /// <param name="minThicknesses">The minimum thicknesses (mm), at least one.</param>
    /// <param name="options">Sampling; <see cref="ThinWallOptions.Default"/> when null.</param>
    /// <returns>One report per minimum thickness, in the order given.</returns>
    public static IReadOnlyList<ThinWallReport> Analyze(Mesh mesh, TriangleBvh? bvh, IReadOnlyList<double> minThicknesses, ThinWallOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        if (bvh is not null && !bvh.IsOver(mesh))
        {
            throw new ArgumentException("The hierarchy was built over another mesh.", nameof(bvh));
        }

        ArgumentNullException.ThrowIfNull(minThicknesses);
        options ??= ThinWallOptions.Default;
        if (minThicknesses.Count == 0 || minThicknesses.Any(t => !(t > 0) || !double.IsFinite(t)) || !(options.SampleArea > 0)
            || options.MaxSamples < 1 || options.MaxClusters < 0 || !(options.RayLength >= 1) || !double.IsFinite(options.RayLength))
        {
            throw new ArgumentOutOfRangeException(nameof(minThicknesses),
                "Give at least one minimum thickness; thicknesses and the sample area must be positive, the ray length at least 1, the counts not negative.");
        }

        var reach = options.RayLength * minThicknesses.Max();
        var samples = SurfaceSamples.Plan(mesh, options.SampleArea, options.MaxSamples);
        var (thickness, opposite) = CastRays(mesh, bvh ?? TriangleBvh.Build(mesh), samples, reach);
        return [.. minThicknesses.Select(t => ThinWallClusters.Report(mesh, samples, thickness, opposite, t, reach, options.MaxClusters))];
    }

    private static (float[] Thickness, int[] Opposite) CastRays(Mesh mesh, TriangleBvh bvh, SurfaceSamples samples, double reach)
    {
        var (min, max) = MeshCheck.BoundingBox(mesh);
        var epsilon = 1e-6 * Math.Max(1, (max - min).Length);
        var thickness = new float[samples.Count];
        var opposite = new int[samples.Count];
        var t = mesh.TriangleCount;
        Parallel.For(0, (t + 1023) / 1024, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            for (var f = chunk * 1024; f < Math.Min(t, (chunk + 1) * 1024); f++)
            {
                var inward = samples.Normal[f] * -1;
                for (var s = samples.Start[f]; s < samples.Start[f + 1]; s++)
                {
                    var p = samples.Point(mesh, f, s - samples.Start[f]);
                    var hit = inward.Length > 0 && bvh.Raycast(p, inward, epsilon, reach, f, out var h) ? h : new RayHit(double.PositiveInfinity, -1);
                    var across = hit.Triangle < 0 || Vec3.Dot(samples.Normal[hit.Triangle], samples.Normal[f]) <= -Across;
                    (thickness[s], opposite[s]) = (across ? (float)hit.Distance : float.MaxValue, hit.Triangle);
                }
            }
        });
        return (thickness, opposite);
    }
}

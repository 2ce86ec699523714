using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Estimation;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Io;
using Amsp.Geometry.Spatial;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Models;

/// <summary>
/// Once the host has started, runs what an upload and an order do to a mesh (read, check, fingerprint, ray hierarchy,
/// thin walls, supports, the print-time estimate) on a small generated ring, <see cref="Passes"/> times, in the
/// background. The runtime compiles a method fully only after it has been called a few dozen times, and most of the
/// geometry runs once per order: without this the first orders after a start take about twice as long as later ones.
/// Off with <c>Amsp:Models:WarmUp=false</c>.
/// </summary>
internal sealed partial class GeometryWarmUp(IOptions<ModelOptions> options, ILogger<GeometryWarmUp> logger) : BackgroundService
{
    /// <summary>Passes over the ring: above the runtime's call count for full compilation (30).</summary>
    public const int Passes = 40;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp)
        {
            return;
        }
        await Task.Yield();
        var file = Ring();
        var volume = 0.0;
        for (var pass = 0; pass < Passes && !stoppingToken.IsCancellationRequested; pass++)
        {
            volume = Run(file);
        }
        LogDone(logger, Passes, volume);
    }

    /// <summary>One pass over the ring stored as binary STL; the ring's volume as the check measured it.</summary>
    internal static double Run(byte[] stl)
    {
        var mesh = MeshReader.Read(new MemoryStream(stl, writable: false), "warm-up.stl");
        var report = MeshCheck.Check(mesh);
        MeshFingerprint.Compute(mesh);
        var bvh = TriangleBvh.Build(mesh);
        ThinWalls.Analyze(mesh, bvh, [1.0]);
        SupportVolume.Estimate(mesh, bvh, new Vec3(0, 0, 1));
        PrintTimeEstimator.Estimate(mesh, new MexParameters());
        return report.Volume;
    }

    /// <summary>A closed torus (major radius 20 mm, minor 6 mm) of 2 × 40 × 20 triangles, as binary STL.</summary>
    internal static byte[] Ring()
    {
        const int Around = 40, Across = 20;
        var positions = new float[Around * Across * 3];
        for (var i = 0; i < Around; i++)
        {
            for (var j = 0; j < Across; j++)
            {
                double u = 2 * Math.PI * i / Around, v = 2 * Math.PI * j / Across, r = 20 + (6 * Math.Cos(v));
                var k = ((i * Across) + j) * 3;
                (positions[k], positions[k + 1], positions[k + 2]) = ((float)(r * Math.Cos(u)), (float)(r * Math.Sin(u)), (float)(6 * Math.Sin(v) + 6));
            }
        }
        var indices = new int[Around * Across * 6];
        for (var i = 0; i < Around; i++)
        {
            for (var j = 0; j < Across; j++)
            {
                int a = (i * Across) + j, b = (((i + 1) % Around) * Across) + j, c = (((i + 1) % Around) * Across) + ((j + 1) % Across), d = (i * Across) + ((j + 1) % Across);
                var k = ((i * Across) + j) * 6;
                (indices[k], indices[k + 1], indices[k + 2], indices[k + 3], indices[k + 4], indices[k + 5]) = (a, b, c, a, c, d);
            }
        }
        using var stl = new MemoryStream();
        MeshWriter.WriteBinaryStl(new Mesh(positions, Around * Across, indices, Around * Across * 2), stl);
        return stl.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Geometry warmed up: {Passes} passes over a ring of {Volume:0} mm³.")]
    private static partial void LogDone(ILogger logger, int passes, double volume);
}

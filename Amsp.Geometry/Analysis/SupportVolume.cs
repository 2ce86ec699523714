using System.Runtime.CompilerServices;
using Amsp.Geometry.Spatial;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Estimates the support material a part needs in a given orientation: under every overhanging face (within the
/// overhang angle of straight down, faces on the plate excepted) a column of support reaches down to the first surface
/// below it, the part itself or the plate. Columns are measured by rays cast down from points spread over the overhang
/// faces; the support's volume is the columns' volume times the support's density.
/// </summary>
public static class SupportVolume
{
    /// <summary>Estimates the support of <paramref name="mesh"/> printed along <paramref name="buildDirection"/>.</summary>
    /// <param name="mesh">A closed, outward-oriented mesh (mm).</param>
    /// <param name="buildDirection">Direction in which layers are added (+Z for the part as it lies).</param>
    /// <param name="options">Angle, density and sampling; <see cref="SupportOptions.Default"/> when null.</param>
    public static SupportEstimate Estimate(Mesh mesh, Vec3 buildDirection, SupportOptions? options = null) =>
        Estimate(mesh, null, buildDirection, options);

    /// <summary>
    /// As <see cref="Estimate(Mesh, Vec3, SupportOptions?)"/>, casting the rays in a hierarchy already built over
    /// <paramref name="mesh"/> (one hierarchy serves every build direction and the thin-wall rays), or in a new one.
    /// </summary>
    /// <param name="mesh">A closed, outward-oriented mesh (mm).</param>
    /// <param name="bvh">A hierarchy built over this very mesh (<see cref="TriangleBvh.IsOver"/>), or null.</param>
    /// <param name="buildDirection">Direction in which layers are added (+Z for the part as it lies).</param>
    /// <param name="options">Angle, density and sampling; <see cref="SupportOptions.Default"/> when null.</param>
    public static SupportEstimate Estimate(Mesh mesh, TriangleBvh? bvh, Vec3 buildDirection, SupportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        if (bvh is not null && !bvh.IsOver(mesh))
        {
            throw new ArgumentException("The hierarchy was built over another mesh.", nameof(bvh));
        }

        options ??= SupportOptions.Default;
        options.Validate();
        if (!(buildDirection.Length > 0) || !double.IsFinite(buildDirection.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(buildDirection), "The build direction must be a non-zero vector.");
        }

        var up = buildDirection * (1 / buildDirection.Length);
        var down = up * -1;
        var cos = Math.Cos(options.OverhangAngle * Math.PI / 180);
        var plate = double.MaxValue;
        for (var v = 0; v < mesh.VertexCount; v++)
        {
            plate = Math.Min(plate, Vec3.Dot(mesh.Vertex(v), up));
        }

        var onPlate = plate + (1e-6 * Math.Max(1, Math.Abs(plate)));
        bvh ??= TriangleBvh.Build(mesh);
        var samples = SurfaceSamples.Plan(mesh, options.SampleArea, options.MaxSamples);
        var t = mesh.TriangleCount;
        const int Chunk = 1024;
        var partial = new (double Area, double Columns, double ToPart)[(t + Chunk - 1) / Chunk];
        Parallel.For(0, partial.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var idx = mesh.IndexArray;
            for (var f = chunk * Chunk; f < Math.Min(t, (chunk + 1) * Chunk); f++)
            {
                var facing = -Vec3.Dot(samples.Normal[f], up); // 1 for a face looking straight down
                var top = Math.Max(Vec3.Dot(mesh.Vertex(idx[f * 3]), up), Math.Max(Vec3.Dot(mesh.Vertex(idx[(f * 3) + 1]), up), Vec3.Dot(mesh.Vertex(idx[(f * 3) + 2]), up)));
                if (facing < cos || facing <= 0 || top <= onPlate)
                {
                    continue;
                }

                for (var s = samples.Start[f]; s < samples.Start[f + 1]; s++)
                {
                    var p = samples.Point(mesh, f, s - samples.Start[f]);
                    var toPlate = Vec3.Dot(p, up) - plate;
                    var height = bvh.Raycast(p, down, 1e-9, toPlate, f, out var hit) ? hit.Distance : toPlate;
                    var footprint = samples.Weight[f] * facing; // the face's area projected on the plate
                    partial[chunk].Area += samples.Weight[f];
                    partial[chunk].Columns += footprint * height;
                    partial[chunk].ToPart += height < toPlate ? footprint * height : 0;
                }
            }
        });

        double area = 0, columns = 0, toPart = 0;
        foreach (var p in partial) // in chunk order: the same sum on every run
        {
            (area, columns, toPart) = (area + p.Area, columns + p.Columns, toPart + p.ToPart);
        }

        return new SupportEstimate(area, columns, columns * options.Density, toPart);
    }
}

/// <summary>What <see cref="SupportVolume.Estimate(Mesh, Vec3, SupportOptions?)"/> found.</summary>
/// <param name="OverhangArea">Area of the faces that need support (mm²).</param>
/// <param name="ColumnVolume">Space between the overhangs and what is under them (mm³).</param>
/// <param name="Volume">Support material: the column volume times the support density (mm³).</param>
/// <param name="OnPartVolume">Part of the column volume standing on the part rather than on the plate (mm³).</param>
public readonly record struct SupportEstimate(double OverhangArea, double ColumnVolume, double Volume, double OnPartVolume);

/// <summary>Parameters of <see cref="SupportVolume.Estimate(Mesh, Vec3, SupportOptions?)"/>.</summary>
public sealed record SupportOptions
{
    /// <summary>Defaults: 45°, 15 % density, 1 mm² per sample.</summary>
    public static readonly SupportOptions Default = new();

    /// <summary>A face tilted less than this from facing straight down needs support (degrees).</summary>
    public double OverhangAngle { get; init; } = 45;

    /// <summary>Share of the column volume that is support material: about 0.15 for FDM supports at 2.5 mm line spacing.</summary>
    public double Density { get; init; } = 0.15;

    /// <summary>Overhang area per downward ray (mm²); every overhanging triangle gets at least one.</summary>
    public double SampleArea { get; init; } = 1;

    /// <summary>Rays beyond one per triangle are capped near this; the sample area grows instead.</summary>
    public int MaxSamples { get; init; } = 1 << 20;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a figure is out of range.</summary>
    public void Validate()
    {
        if (!(OverhangAngle is > 0 and < 90) || !(Density is >= 0 and <= 1) || !(SampleArea > 0) || !double.IsFinite(SampleArea) || MaxSamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(OverhangAngle), "The angle must be within (0°, 90°), the density within [0, 1], the sample area positive.");
        }
    }
}

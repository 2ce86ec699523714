using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Amsp.Geometry.Analysis;

/// <summary>Checks a mesh for the defects that stop it from printing and measures it.</summary>
public static class MeshCheck
{
    /// <summary>Runs every check on an exactly welded mesh (as returned by the readers).</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="options">Tolerances and printer parameters; <see cref="CheckOptions.Default"/> when null.</param>
    public static CheckReport Check(Mesh mesh, CheckOptions? options = null) => Analyze(mesh, options, out _);

    /// <summary>
    /// The check, and the edge topology it built, for a repair to reuse. Edge counts (boundary, non-manifold, holes,
    /// fans) describe the faces as stored; the part's measures (volume, area, shells, orientation) are taken on the
    /// faces with duplicates set aside, since a duplicate copy adds nothing to the part.
    /// </summary>
    internal static CheckReport Analyze(Mesh mesh, CheckOptions? options, out EdgeTopology topology)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        options ??= CheckOptions.Default;
        var box = BoundingBox(mesh);
        var origin = (box.Min + box.Max) * 0.5;
        var overhang = Printability.OverhangTest(mesh, options.BuildDirection, options.OverhangAngle, box);
        var fans = 0;

        // While the patches are labelled, the vertex fans take the other core; then both take chunks of the face sums
        // (which need no topology; they are the part's only when no face is a duplicate).
        var chunks = new FaceMeasures.SumsInChunks(mesh, origin, overhang);
        topology = EdgeTopology.Build(
            mesh, t => fans = VertexFans.CountNonManifoldVertices(mesh, t), t => t.DuplicateFaces == 0 && chunks.TakeOne());
        return Analyze(mesh, options, topology, fans, topology.DuplicateFaces == 0 ? chunks.Total : null, box);
    }

    /// <summary>
    /// The check of <paramref name="mesh"/> given its topology, exactly as <see cref="EdgeTopology.Build(Mesh)"/> returns it,
    /// and its count of non-manifold vertices when already known.
    /// </summary>
    internal static CheckReport Analyze(
        Mesh mesh, CheckOptions? options, EdgeTopology topology, int? nonManifoldVertices = null, FaceSums? sums = null, (Vec3 Min, Vec3 Max)? box = null)
    {
        options ??= CheckOptions.Default;
        var (min, max) = box ?? BoundingBox(mesh);
        var diagonal = (max - min).Length;
        var (solid, solidTopology) = topology.DuplicateFaces > 0 ? WithoutDuplicates(mesh, topology) : (mesh, topology);
        var majority = Orientation.Majority(solidTopology);
        var flipped = Orientation.FindFlipped(solidTopology, majority, out var flip);
        var origin = (min + max) * 0.5;
        var faceSums = ReferenceEquals(solid, mesh) && sums is { } taken
            ? taken
            : FaceMeasures.Sums(solid, origin, Printability.OverhangTest(mesh, options.BuildDirection, options.OverhangAngle, (min, max)));
        var measures = SolidMeasures.Compute(solid, solidTopology, flip, majority, origin, options.MaxEarClippingLoop, faceSums);
        var degenerate = ReferenceEquals(solid, mesh) ? measures.DegenerateFaces : CountDegenerate(mesh);

        var size = max - min;
        TolerantWeld.Find(mesh, topology, options.RelativeWeldTolerance * diagonal, out var near);
        return new CheckReport
        {
            Triangles = mesh.TriangleCount,
            Vertices = mesh.VertexCount,
            Shells = measures.ShellCount,
            BoundaryEdges = topology.BoundaryEdges,
            Holes = BoundaryLoops.CountHoles(mesh, topology),
            NonManifoldEdges = topology.NonManifoldEdges,
            NonManifoldVertices = nonManifoldVertices ?? VertexFans.CountNonManifoldVertices(mesh, topology),
            DegenerateFaces = degenerate,
            DuplicateFaces = topology.DuplicateFaces,
            FlippedFaces = flipped,
            InvertedShells = measures.InvertedShells,
            WatertightShells = measures.WatertightShells,
            NearVertices = near,
            Volume = measures.Volume,
            VolumeIfClosed = measures.VolumeIfClosed,
            Area = measures.Area,
            BboxMin = min,
            BboxMax = max,
            Units = Printability.GuessUnits(Math.Max(size.X, Math.Max(size.Y, size.Z))),
            OverhangArea = measures.OverhangArea,
            FitsBuildVolume = options.BuildVolume is { } volume ? Printability.FitsBuildVolume(size, volume) : null,
            Warnings = mesh.Warnings,
        };
    }

    /// <summary>Axis-aligned bounding box of the vertices.</summary>
    /// <param name="mesh">The mesh.</param>
    public static (Vec3 Min, Vec3 Max) BoundingBox(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var p = mesh.Positions;
        if (p.IsEmpty)
        {
            return (default, default);
        }

        float x0 = p[0], y0 = p[1], z0 = p[2], x1 = p[0], y1 = p[1], z1 = p[2];
        var i = 3;
        if (Vector128.IsHardwareAccelerated && p.Length >= 24)
        {
            // Four vertices (twelve floats) per step in three vectors; lane k of vector j holds coordinate (4 j + k) mod 3.
            ref var r = ref MemoryMarshal.GetReference(p);
            Vector128<float> lo0 = Vector128.LoadUnsafe(ref r), lo1 = Vector128.LoadUnsafe(ref r, 4), lo2 = Vector128.LoadUnsafe(ref r, 8);
            Vector128<float> hi0 = lo0, hi1 = lo1, hi2 = lo2;
            for (i = 12; i + 12 <= p.Length; i += 12)
            {
                var a = Vector128.LoadUnsafe(ref r, (nuint)i);
                var b = Vector128.LoadUnsafe(ref r, (nuint)i + 4);
                var c = Vector128.LoadUnsafe(ref r, (nuint)i + 8);
                (lo0, lo1, lo2) = (Vector128.Min(lo0, a), Vector128.Min(lo1, b), Vector128.Min(lo2, c));
                (hi0, hi1, hi2) = (Vector128.Max(hi0, a), Vector128.Max(hi1, b), Vector128.Max(hi2, c));
            }

            x0 = Math.Min(Math.Min(lo0[0], lo0[3]), Math.Min(lo1[2], lo2[1]));
            y0 = Math.Min(Math.Min(lo0[1], lo1[0]), Math.Min(lo1[3], lo2[2]));
            z0 = Math.Min(Math.Min(lo0[2], lo1[1]), Math.Min(lo2[0], lo2[3]));
            x1 = Math.Max(Math.Max(hi0[0], hi0[3]), Math.Max(hi1[2], hi2[1]));
            y1 = Math.Max(Math.Max(hi0[1], hi1[0]), Math.Max(hi1[3], hi2[2]));
            z1 = Math.Max(Math.Max(hi0[2], hi1[1]), Math.Max(hi2[0], hi2[3]));
        }

        for (; i < p.Length; i += 3)
        {
            x0 = Math.Min(x0, p[i]);
            x1 = Math.Max(x1, p[i]);
            y0 = Math.Min(y0, p[i + 1]);
            y1 = Math.Max(y1, p[i + 1]);
            z0 = Math.Min(z0, p[i + 2]);
            z1 = Math.Max(z1, p[i + 2]);
        }

        return (new Vec3(x0, y0, z0), new Vec3(x1, y1, z1));
    }

    /// <summary>The mesh without its duplicate faces (same vertices), and its topology.</summary>
    private static (Mesh, EdgeTopology) WithoutDuplicates(Mesh mesh, EdgeTopology topology)
    {
        var idx = mesh.IndexArray;
        var kept = new int[(mesh.TriangleCount - topology.DuplicateFaces) * 3];
        var n = 0;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            if (!topology.Duplicate[f])
            {
                idx.AsSpan(f * 3, 3).CopyTo(kept.AsSpan(n));
                n += 3;
            }
        }

        var solid = new Mesh(mesh.PositionArray, mesh.VertexCount, kept, kept.Length / 3);
        return (solid, EdgeTopology.Build(solid));
    }

    private static int CountDegenerate(Mesh mesh)
    {
        var count = 0;
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            count += FaceMeasures.IsDegenerate(mesh, f) ? 1 : 0;
        }

        return count;
    }
}

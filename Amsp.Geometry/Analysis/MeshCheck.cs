
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
        topology = EdgeTopology.Build(mesh, t => VertexFans.CountNonManifoldVertices(mesh, t), out var fans);
        return Analyze(mesh, options, topology, fans);
    }

    /// <summary>
    /// The check of <paramref name="mesh"/> given its topology, exactly as <see cref="EdgeTopology.Build(Mesh)"/> returns it,
    /// and its count of non-manifold vertices when already known.
    /// </summary>
    internal static CheckReport Analyze(Mesh mesh, CheckOptions? options, EdgeTopology topology, int? nonManifoldVertices = null)
    {
        options ??= CheckOptions.Default;
        var (min, max) = BoundingBox(mesh);
        var diagonal = (max - min).Length;
        var (solid, solidTopology) = topology.DuplicateFaces > 0 ? WithoutDuplicates(mesh, topology) : (mesh, topology);
        var majority = Orientation.Majority(solidTopology);
        var flipped = Orientation.FindFlipped(solidTopology, majority, out var flip);
        var measures = SolidMeasures.Compute(solid, solidTopology, flip, majority, (min + max) * 0.5, options.MaxEarClippingLoop, options);
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
        for (var i = 3; i < p.Length; i += 3)
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

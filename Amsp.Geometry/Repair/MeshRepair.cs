using Amsp.Geometry.Analysis;

namespace Amsp.Geometry.Repair;

/// <summary>
/// Repairs a mesh in a fixed order: weld within tolerance, collapse or drop degenerate faces, drop duplicate faces,
/// make orientation consistent per patch, fill holes, flip inverted shells (cavities stay inward), optionally drop
/// small shells; then checks the result. A clean closed mesh comes out unchanged, repairing a repaired mesh changes
/// nothing, and a repair never returns a mesh with more boundary edges, more non-manifold edges or fewer watertight
/// shells than it was given (<see cref="RepairGuard"/>).
/// </summary>
public static class MeshRepair
{
    private static readonly string[] StepNames =
        ["weldVertices", "removeDegenerateFaces", "removeDuplicateFaces", "flipFaces", "fillHoles", "flipInvertedShells", "removeSmallShells"];

    /// <summary>Repairs <paramref name="mesh"/>; the input is not modified.</summary>
    /// <param name="mesh">The mesh, exactly welded (as the readers return it).</param>
    /// <param name="options">Tolerances and optional steps; <see cref="RepairOptions.Default"/> when null.</param>
    public static RepairResult Repair(Mesh mesh, RepairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        options ??= RepairOptions.Default;
        return RepairGuard.Apply(mesh, options, RunSteps(mesh, options), o => RunSteps(mesh, o));
    }

    /// <summary>The repair steps without the guard (tests check that the guard rarely has to act).</summary>
    internal static RepairResult RunSteps(Mesh mesh, RepairOptions options)
    {
        var checkOptions = new CheckOptions { RelativeWeldTolerance = options.RelativeWeldTolerance, MaxEarClippingLoop = options.MaxEarClippingLoop };
        var before = MeshCheck.Analyze(mesh, checkOptions, out var topology);
        if (NothingToRepair(mesh, before, options))
        {
            // Every step below would find nothing: skip them, and the second check, which would repeat the first.
            return Unchanged(mesh, before);
        }

        Scratch.ReleaseToSystem(mesh.TriangleCount); // the check's own arrays, before the steps allocate theirs

        var faces = new FaceList(mesh);
        var actions = new List<RepairAction>();

        var (min, max) = MeshCheck.BoundingBox(mesh);
        var map = TolerantWeld.Find(mesh, topology, options.RelativeWeldTolerance * (max - min).Length, out var welded);
        if (welded > 0)
        {
            faces.Remap(map);
        }

        actions.Add(new("weldVertices", welded));
        var degenerate = welded > 0 || before.DegenerateFaces > 0 ? RemoveDegenerate(faces, mesh, welded > 0, ref topology) : 0;
        actions.Add(new("removeDegenerateFaces", degenerate));

        // The check's topology describes the input; RemoveDegenerate rebuilt it when the faces changed.
        var duplicates = topology.DuplicateFaces;
        if (duplicates > 0)
        {
            var duplicate = topology.Duplicate;
            faces.Filter(f => !duplicate[f]);
            Rebuild(faces, ref topology);
        }

        actions.Add(new("removeDuplicateFaces", duplicates));

        var flipped = Orientation.FindFlipped(topology, out var flip);
        if (flipped > 0)
        {
            // Hole patches need at most one triangle per boundary edge (a fan around a centroid): room for them now.
            faces.EnsurePrivateIndices(mesh, topology.BoundaryEdges);
            for (var f = 0; f < faces.TriangleCount; f++)
            {
                if (flip[f])
                {
                    faces.Flip(f);
                }
            }

            // Reversing faces keeps every edge's pair of faces: the twins are renumbered, not rebuilt.
            topology.ApplyFlips(flip);
        }

        flip = null!;
        actions.Add(new("flipFaces", flipped));

        var patchShells = new List<int>();
        var holes = topology.BoundaryEdges > 0 ? HoleFiller.Fill(faces, topology, options.MaxEarClippingLoop, patchShells) : 0;
        if (holes > 0)
        {
            topology.AppendFaces(patchShells); // the later steps read shells only
        }

        actions.Add(new("fillHoles", holes));
        actions.Add(new("flipInvertedShells", FlipInvertedShells(faces, topology, mesh, out var shellFlips)));
        var removed = RemoveSmallShells(faces, topology, options.MinShellTriangles);
        actions.Add(new("removeSmallShells", removed));
        faces.CompactVertices();

        // The after-check reuses the steps' topology, extended by the hole patches, when it describes the faces kept.
        var repaired = faces.ToMesh();
        Scratch.ReleaseToSystem(repaired.TriangleCount); // the steps' arrays, before the extended topology is allocated
        var afterTopology = removed == 0 ? topology.Extend(repaired, shellFlips) : null;
        topology = null!;
        shellFlips = null;
        Scratch.Release(repaired.TriangleCount);
        afterTopology?.LabelExtended(repaired);
        var after = afterTopology is null ? MeshCheck.Check(repaired, checkOptions) : MeshCheck.Analyze(repaired, checkOptions, afterTopology);
        return new RepairResult(repaired, actions, before, after);
    }

    /// <summary>The input itself, every step reported with count zero.</summary>
    internal static RepairResult Unchanged(Mesh mesh, CheckReport before) =>
        new(mesh, [.. StepNames.Select(name => new RepairAction(name, 0))], before, before);

    /// <summary>
    /// Collapses slivers and drops faces with a repeated vertex (<see cref="SliverCollapse"/>), in a few rounds so
    /// that slivers lying against slivers are reached; rebuilds the topology whenever the faces changed.
    /// </summary>
    private static int RemoveDegenerate(FaceList faces, Mesh original, bool welded, ref EdgeTopology topology)
    {
        if (welded)
        {
            Rebuild(faces, ref topology); // the collapse needs the twins of the welded faces
        }

        faces.EnsurePrivateIndices(original);
        var removed = 0;
        for (var round = 0; round < 3 && HasDegenerate(faces.ToMesh()); round++)
        {
            var n = SliverCollapse.Run(faces, topology);
            if (n == 0)
            {
                break;
            }

            removed += n;
            Rebuild(faces, ref topology);
        }

        return removed;
    }

    private static bool HasDegenerate(Mesh mesh)
    {
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            if (FaceMeasures.IsDegenerate(mesh, f))
            {
                return true;
            }
        }

        return false;
    }

    private static void Rebuild(FaceList faces, ref EdgeTopology topology)
    {
        topology = null!; // let the collection below take the previous topology before the next one is built
        Scratch.Release(faces.TriangleCount);
        topology = EdgeTopology.Build(faces.ToMesh());
    }

    private static bool NothingToRepair(Mesh mesh, CheckReport r, RepairOptions options)
    {
        if (r.NearVertices + r.DegenerateFaces + r.DuplicateFaces + r.FlippedFaces + r.BoundaryEdges + r.InvertedShells > 0
            || (options.MinShellTriangles > 0 && r.Shells > 1))
        {
            return false;
        }

        var used = new bool[mesh.VertexCount];
        foreach (var v in mesh.Indices)
        {
            used[v] = true;
        }

        return Array.TrueForAll(used, u => u); // an unused vertex would still be dropped
    }

    /// <summary>Flips shells whose volume is negative (positive for cavities); <paramref name="flipped"/> marks the faces reversed.</summary>
    private static int FlipInvertedShells(FaceList faces, EdgeTopology topology, Mesh original, out bool[]? flipped)
    {
        flipped = null;
        // Faces are consistent and holes closed by now: each shell's volume as stored tells its orientation.
        var mesh = faces.ToMesh();
        var (bmin, bmax) = MeshCheck.BoundingBox(mesh);
        var (volume, min, max, magnitude) = FaceMeasures.PerShell(mesh, topology.ShellOfFace, topology.ShellCount, (bmin + bmax) * 0.5);
        var cavities = ShellNesting.FindCavities(mesh, topology.ShellOfFace, topology.ShellCount, min, max);
        var inverted = new bool[topology.ShellCount];
        var count = 0;
        for (var s = 0; s < topology.ShellCount; s++)
        {
            inverted[s] = Math.Abs(volume[s]) > FaceMeasures.FlatVolume * magnitude[s] && (volume[s] < 0) != cavities[s];
            count += inverted[s] ? 1 : 0;
        }

        if (count > 0)
        {
            faces.EnsurePrivateIndices(original);
            flipped = new bool[faces.TriangleCount];
            for (var f = 0; f < faces.TriangleCount; f++)
            {
                if (inverted[topology.ShellOfFace[f]])
                {
                    faces.Flip(f);
                    flipped[f] = true;
                }
            }
        }

        return count;
    }

    private static int RemoveSmallShells(FaceList faces, EdgeTopology topology, int minTriangles)
    {
        if (minTriangles <= 0 || topology.ShellCount < 2)
        {
            return 0;
        }

        var size = new int[topology.ShellCount];
        foreach (var s in topology.ShellOfFace)
        {
            size[s]++;
        }

        var shellOfFace = topology.ShellOfFace;
        faces.Filter(f => size[shellOfFace[f]] >= minTriangles);
        return size.Count(n => n < minTriangles);
    }
}

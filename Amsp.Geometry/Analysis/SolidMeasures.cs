using Amsp.Geometry.Repair;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// The part's volume, area and shells as a quote needs them, whatever state the mesh is in. Takes a mesh without
/// duplicate faces and its topology. Each patch is measured as if made consistent (its faces weighted by parity),
/// each shell is the sum of its patches' absolute volumes, a cavity (inside an odd number of shells) subtracts and
/// any other shell adds: flipped faces and inside-out shells do not change the result. An open mesh has no volume;
/// its volume with every hole closed by the repair's fill is stated separately.
/// </summary>
internal sealed class SolidMeasures
{
    public double Area { get; private init; }

    public int DegenerateFaces { get; private init; }

    public double OverhangArea { get; private init; }

    /// <summary>Volume of the part; NaN when the mesh has a boundary edge.</summary>
    public double Volume { get; private init; }

    /// <summary>Volume with every hole closed as repair closes it; NaN when a chain of boundary edges does not close.</summary>
    public double VolumeIfClosed { get; private init; }

    public int ShellCount { get; private init; }

    /// <summary>Shell of each face, -1 for faces in no shell (a repeated vertex, or a group of zero-area faces).</summary>
    public required int[] ShellOfFace { get; init; }

    public int InvertedShells { get; private init; }

    public int WatertightShells { get; private init; }

    /// <summary>The measures, given the mesh's <see cref="FaceMeasures.Sums"/> about <paramref name="origin"/>.</summary>
    public static SolidMeasures Compute(Mesh mesh, EdgeTopology topology, bool[]? flip, sbyte[] majority, Vec3 origin, int maxEarClipping, FaceSums sums)
    {
        var faces = FaceMeasures.Compute(mesh, topology, origin, sums);
        var patchVolume = new double[topology.PatchCount];
        for (var p = 0; p < patchVolume.Length; p++)
        {
            patchVolume[p] = majority[p] * faces.PatchVolume[p];
        }

        // Holes closed with the repair's own triangulation; the patch triangles add to the patch of their loop.
        var filledVolume = patchVolume;
        var magnitude = faces.PatchMagnitude;
        var allClosed = true;
        if (topology.BoundaryEdges > 0)
        {
            filledVolume = (double[])patchVolume.Clone();
            magnitude = (double[])magnitude.Clone();
            allClosed = CloseHoles(mesh, topology, flip, origin, maxEarClipping, filledVolume, magnitude);
        }

        var (shellCount, shellOfFace) = Relabel(topology, faces.ShellHasArea);
        var patchShell = PatchShells(topology, shellOfFace, shellCount);
        var size = new double[shellCount];
        var signed = new double[shellCount];
        var filledSize = new double[shellCount];
        var shellMagnitude = new double[shellCount];
        for (var p = 0; p < patchVolume.Length; p++)
        {
            var s = patchShell[p];
            if (s >= 0)
            {
                size[s] += Math.Abs(patchVolume[p]);
                filledSize[s] += Math.Abs(filledVolume[p]);
                signed[s] += filledVolume[p];
                shellMagnitude[s] += magnitude[p];
            }
        }

        var cavities = Cavities(mesh, shellOfFace, shellCount, flip);
        double volume = 0, ifClosed = 0;
        var inverted = 0;
        for (var s = 0; s < shellCount; s++)
        {
            volume += cavities[s] ? -size[s] : size[s];
            ifClosed += cavities[s] ? -filledSize[s] : filledSize[s];
            inverted += Math.Abs(signed[s]) > FaceMeasures.FlatVolume * shellMagnitude[s] && (signed[s] < 0) != cavities[s] ? 1 : 0;
        }

        var (watertight, open) = CountLeaks(mesh, topology, shellOfFace, shellCount);
        return new SolidMeasures
        {
            Area = faces.Area,
            DegenerateFaces = faces.DegenerateFaces,
            OverhangArea = faces.OverhangArea,
            Volume = open == 0 ? volume : double.NaN,
            VolumeIfClosed = allClosed ? ifClosed : double.NaN,
            ShellCount = shellCount,
            ShellOfFace = shellOfFace,
            InvertedShells = inverted,
            WatertightShells = watertight,
        };
    }

    /// <summary>
    /// Adds the volume of the repair's hole patches to their patches (and its absolute value to their magnitudes);
    /// false when some boundary chain does not close.
    /// </summary>
    private static bool CloseHoles(Mesh mesh, EdgeTopology topology, bool[]? flip, Vec3 origin, int maxEarClipping, double[] patchVolume, double[] magnitude)
    {
        var loops = BoundaryLoops.Find(mesh, topology, flip);
        var extra = new List<Vec3>();
        var triangles = new List<int>();
        var loopFaces = new List<int>();
        HoleFiller.Triangulate(mesh, loops, maxEarClipping, extra, triangles, loopFaces);
        Vec3 At(int v) => v < mesh.VertexCount ? mesh.Vertex(v) : Stored(extra[v - mesh.VertexCount]);
        for (var i = 0; i < loopFaces.Count; i++)
        {
            var v = FaceMeasures.Tetra(At(triangles[i * 3]), At(triangles[(i * 3) + 1]), At(triangles[(i * 3) + 2]), origin);
            patchVolume[topology.PatchOfFace[loopFaces[i]]] += v;
            magnitude[topology.PatchOfFace[loopFaces[i]]] += Math.Abs(v);
        }

        return loops.Sum(l => l.Vertices.Length) == topology.BoundaryEdges;
    }

    /// <summary>A centroid as the repaired file will hold it (float32), so the check states the volume repair gives.</summary>
    private static Vec3 Stored(Vec3 p) => new((float)p.X, (float)p.Y, (float)p.Z);

    /// <summary>Drops shells without area (faces with a repeated vertex, groups of zero-area faces) and numbers the rest densely.</summary>
    private static (int Count, int[] ShellOfFace) Relabel(EdgeTopology topology, bool[] hasArea)
    {
        var label = new int[hasArea.Length];
        var count = 0;
        for (var s = 0; s < hasArea.Length; s++)
        {
            label[s] = hasArea[s] ? count++ : -1;
        }

        if (count == hasArea.Length)
        {
            return (count, topology.ShellOfFace);
        }

        var shellOfFace = new int[topology.ShellOfFace.Length];
        for (var f = 0; f < shellOfFace.Length; f++)
        {
            shellOfFace[f] = label[topology.ShellOfFace[f]];
        }

        return (count, shellOfFace);
    }

    private static int[] PatchShells(EdgeTopology topology, int[] shellOfFace, int shellCount)
    {
        var patchShell = new int[topology.PatchCount];
        if (topology.PatchCount == 1)
        {
            patchShell[0] = shellCount == 1 ? 0 : -1;
            return patchShell;
        }

        for (var f = 0; f < shellOfFace.Length; f++)
        {
            patchShell[topology.PatchOfFace[f]] = shellOfFace[f];
        }

        return patchShell;
    }

    private static bool[] Cavities(Mesh mesh, int[] shellOfFace, int shellCount, bool[]? flip)
    {
        if (shellCount < 2 || shellCount > ShellNesting.MaxShellsForNesting)
        {
            return new bool[shellCount];
        }

        var (_, min, max, _) = FaceMeasures.PerShell(mesh, shellOfFace, shellCount, default);
        return ShellNesting.FindCavities(mesh, shellOfFace, shellCount, min, max, flip);
    }

    /// <summary>
    /// Shells with no boundary edge and no non-manifold edge (watertight), and shells with a boundary edge (open).
    /// Edges of faces in no shell (zero-area debris) make no shell open.
    /// </summary>
    private static (int Watertight, int Open) CountLeaks(Mesh mesh, EdgeTopology topology, int[] shellOfFace, int shellCount)
    {
        if (topology.BoundaryEdges == 0 && topology.NonManifoldEdges == 0)
        {
            return (shellCount, 0);
        }

        var leak = new byte[shellCount]; // bit 1: boundary edge, bit 2: non-manifold edge
        var idx = mesh.IndexArray;
        for (var h = 0; h < topology.Twin.Length; h++)
        {
            var s = shellOfFace[h / 3];
            if (topology.Twin[h] < 0 && s >= 0 && !EdgeTopology.HasRepeatedVertex(idx, h / 3))
            {
                leak[s] |= (byte)(topology.Twin[h] == EdgeTopology.Boundary ? 1 : 2);
            }
        }

        return (leak.Count(l => l == 0), leak.Count(l => (l & 1) != 0));
    }
}

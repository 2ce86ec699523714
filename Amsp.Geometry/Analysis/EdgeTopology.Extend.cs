
namespace Amsp.Geometry.Analysis;

/// <summary>The topology of a mesh that grew by a few faces, without pairing every edge again.</summary>
internal sealed partial class EdgeTopology
{
    /// <summary>
    /// The topology <see cref="Build(Mesh)"/> would return for <paramref name="mesh"/>, whose first faces are those this
    /// topology describes (vertices may have been renumbered, faces marked in <paramref name="flipped"/> reversed) and
    /// whose remaining faces are new. Only the edges of the new faces are paired: the edges they touch are collected
    /// in one pass over the old faces' corners and paired as <see cref="Build(Mesh)"/> pairs them. Returns null, for the
    /// caller to build from scratch, when this topology has non-manifold edges or duplicate faces, or the new faces
    /// would add any (those need the whole-mesh grouping of <see cref="Build(Mesh)"/>). Its patches and shells are labelled
    /// by <see cref="LabelExtended"/>, which must be called before anything else reads it.
    /// </summary>
    internal EdgeTopology? Extend(Mesh mesh, bool[]? flipped)
    {
        var old = Twin.Length / 3;
        if (NonManifoldEdges > 0 || DuplicateFaces > 0 || mesh.TriangleCount < old)
        {
            return null;
        }

        var idx = mesh.IndexArray;
        var result = new EdgeTopology(mesh.TriangleCount);
        Twin.CopyTo(result.Twin, 0);
        result.Twin.AsSpan(old * 3).Fill(Boundary);
        if (flipped is not null)
        {
            result.ApplyFlips(flipped);
        }

        var boundary = BoundaryEdges;
        var touched = new bool[mesh.VertexCount];
        var edges = new Dictionary<long, (int First, int Second, int Count)>();
        for (var h = old * 3; h < mesh.TriangleCount * 3; h++)
        {
            if (!HasRepeatedVertex(idx, h / 3))
            {
                touched[idx[h]] = true;
                Add(edges, idx, h);
            }
        }

        // Old half-edges on an edge of a new face; an old edge between two touched vertices may not be one.
        for (var h = 0; h < old * 3; h++)
        {
            if (touched[idx[h]] && touched[idx[Next(h)]] && edges.ContainsKey(Key(idx, h)) && !HasRepeatedVertex(idx, h / 3))
            {
                Add(edges, idx, h);
            }
        }

        foreach (var (first, second, count) in edges.Values)
        {
            if (count > 2 || (count == 2 && idx[Prev(first)] == idx[Prev(second)]))
            {
                return null; // a non-manifold edge or a duplicate face: Build groups those over the whole mesh
            }

            if (count == 1)
            {
                boundary++; // only new half-edges start an entry, so a lone one is new
                continue;
            }

            // New half-edges start their entries; an old one (second) shares an edge with a new face only when it was open.
            boundary -= second < old * 3 ? 1 : 0;
            result.Twin[first] = second;
            result.Twin[second] = first;
        }

        result.BoundaryEdges = boundary;
        return result;
    }

    /// <summary>
    /// Labels the patches and shells of a topology returned by <see cref="Extend"/>; separate so that the caller can
    /// let the old topology go first (the breadth-first pass needs a queue as long as the faces).
    /// </summary>
    internal void LabelExtended(Mesh mesh)
    {
        LabelPatches(mesh.IndexArray);
        JoinShells([]);
    }

    /// <summary>
    /// The edge's two vertices, multiplied by an odd constant: a bijection, so keys stay distinct, that spreads the
    /// bits (a long's own hash, the xor of its halves, puts the edges between nearby vertices in few buckets).
    /// </summary>
    private static long Key(int[] idx, int h)
    {
        int a = idx[h], b = idx[Next(h)];
        var pair = a < b ? ((ulong)a << 32) | (uint)b : ((ulong)b << 32) | (uint)a;
        return (long)(pair * 0x9E3779B97F4A7C15UL);
    }

    private static void Add(Dictionary<long, (int First, int Second, int Count)> edges, int[] idx, int h)
    {
        var key = Key(idx, h);
        edges[key] = edges.TryGetValue(key, out var e) ? (e.First, e.Count == 1 ? h : e.Second, e.Count + 1) : (h, -1, 1);
    }
}

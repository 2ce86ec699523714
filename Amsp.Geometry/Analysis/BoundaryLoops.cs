
namespace Amsp.Geometry.Analysis;

/// <summary>Holes are the loops formed by boundary edges (edges of exactly one face).</summary>
internal static class BoundaryLoops
{
    /// <summary>Number of connected groups of boundary edges, each one hole.</summary>
    public static int CountHoles(Mesh mesh, EdgeTopology topology)
    {
        if (topology.BoundaryEdges == 0)
        {
            return 0;
        }

        var idx = mesh.IndexArray;
        var sets = UnionFind.Create(mesh.VertexCount);
        var onBoundary = new bool[mesh.VertexCount];
        for (var h = 0; h < mesh.TriangleCount * 3; h++)
        {
            if (topology.IsOpen(idx, h))
            {
                onBoundary[idx[h]] = onBoundary[idx[EdgeTopology.Next(h)]] = true;
                UnionFind.Union(sets, idx[h], idx[EdgeTopology.Next(h)]);
            }
        }

        var holes = 0;
        for (var v = 0; v < mesh.VertexCount; v++)
        {
            if (onBoundary[v] && UnionFind.Find(sets, v) == v)
            {
                holes++;
            }
        }

        return holes;
    }

    /// <summary>
    /// The boundary loops as vertex sequences in the direction of their faces' half-edges
    /// (a patch closing a loop runs it backwards), each with a face on the loop. Chains that do not close
    /// (inconsistent orientation) are left out. With <paramref name="flip"/>, loops are those of the mesh with the
    /// marked faces reversed, without changing it.
    /// </summary>
    public static List<(int[] Vertices, int Face)> Find(Mesh mesh, EdgeTopology topology, bool[]? flip = null)
    {
        var idx = mesh.IndexArray;
        var keys = new List<long>();
        for (var h = 0; h < mesh.TriangleCount * 3; h++)
        {
            if (topology.IsOpen(idx, h))
            {
                keys.Add(((long)From(idx, h, flip) << 32) | (uint)h);
            }
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        var used = new bool[sorted.Length];
        var loops = new List<(int[] Vertices, int Face)>();
        var loop = new List<int>();
        for (var s = 0; s < sorted.Length; s++)
        {
            if (used[s])
            {
                continue;
            }

            loop.Clear();
            var start = (int)(sorted[s] >> 32);
            var current = s;
            var closed = false;
            while (current >= 0)
            {
                used[current] = true;
                var h = (int)(uint)sorted[current];
                loop.Add(From(idx, h, flip));
                var to = From(idx, h, flip) == idx[h] ? idx[EdgeTopology.Next(h)] : idx[h];
                closed = to == start;
                current = closed ? -1 : NextUnused(sorted, used, to);
            }

            if (closed)
            {
                loops.Add(([.. loop], (int)(uint)sorted[s] / 3));
            }
        }

        return loops;
    }

    /// <summary>Start vertex of half-edge <paramref name="h"/> once its face is reversed when <paramref name="flip"/> says so.</summary>
    private static int From(int[] idx, int h, bool[]? flip) => flip is not null && flip[h / 3] ? idx[EdgeTopology.Next(h)] : idx[h];

    private static int NextUnused(long[] sorted, bool[] used, int from)
    {
        var i = Array.BinarySearch(sorted, (long)from << 32);
        if (i < 0)
        {
            i = ~i;
        }

        for (; i < sorted.Length && (int)(sorted[i] >> 32) == from; i++)
        {
            if (!used[i])
            {
                return i;
            }
        }

        return -1;
    }
}

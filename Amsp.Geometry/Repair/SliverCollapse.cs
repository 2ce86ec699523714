using Amsp.Geometry.Analysis;

namespace Amsp.Geometry.Repair;

/// <summary>
/// Removes degenerate faces without opening the surface. A face with a repeated vertex takes part in no edge and is
/// simply dropped. A zero-area face with three distinct vertices (a sliver: its middle vertex m lies on its long
/// edge p–q) often closes a T-junction, where the faces on one side meet p–m and m–q and one face on the other side
/// meets p–q. Deleting it would open a three-edge hole of zero area that no fill can close; instead the neighbour
/// across p–q is split at m into two faces and the sliver goes, which keeps every edge paired. A sliver whose long
/// edge has no single neighbour is kept unless none of its edges is shared (loose debris, dropped).
/// </summary>
internal static class SliverCollapse
{
    /// <summary>Collapses or drops degenerate faces; returns how many faces were removed.</summary>
    public static int Run(FaceList faces, EdgeTopology topology)
    {
        var mesh = faces.ToMesh();
        var t = faces.TriangleCount;
        var drop = new bool[t];
        var touched = new bool[t];
        var added = new List<int>();
        var idx = faces.Indices;
        for (var f = 0; f < t; f++)
        {
            if (!FaceMeasures.IsDegenerate(mesh, f))
            {
                continue;
            }

            if (EdgeTopology.HasRepeatedVertex(idx, f))
            {
                drop[f] = true;
                continue;
            }

            var h = LongEdge(mesh, f);
            var g = topology.Twin[h];
            if (g >= 0 && !touched[g / 3] && !drop[g / 3] && !touched[f] && !FaceMeasures.IsDegenerate(mesh, g / 3))
            {
                Split(idx, g, idx[EdgeTopology.Prev(h)], added);
                touched[g / 3] = true;
                drop[f] = true;
            }
            else if (topology.Twin[f * 3] == EdgeTopology.Boundary && topology.Twin[(f * 3) + 1] == EdgeTopology.Boundary
                && topology.Twin[(f * 3) + 2] == EdgeTopology.Boundary)
            {
                drop[f] = true;
            }
        }

        var removed = faces.Filter(f => !drop[f]);
        if (added.Count > 0)
        {
            faces.AddFaces(added);
        }

        return removed;
    }

    /// <summary>The half-edge of face <paramref name="f"/> on its longest edge (the one opposite the middle vertex).</summary>
    private static int LongEdge(Mesh mesh, int f)
    {
        var idx = mesh.IndexArray;
        var best = f * 3;
        var longest = -1.0;
        for (var h = f * 3; h < (f * 3) + 3; h++)
        {
            var d = mesh.Vertex(idx[EdgeTopology.Next(h)]) - mesh.Vertex(idx[h]);
            var length = Vec3.Dot(d, d);
            if (length > longest)
            {
                (best, longest) = (h, length);
            }
        }

        return best;
    }

    /// <summary>Splits the face of half-edge <paramref name="g"/> (u → w, opposite x) at <paramref name="m"/> into (u, m, x) and (m, w, x).</summary>
    private static void Split(int[] idx, int g, int m, List<int> added)
    {
        var w = idx[EdgeTopology.Next(g)];
        var x = idx[EdgeTopology.Prev(g)];
        idx[EdgeTopology.Next(g)] = m;
        added.AddRange([m, w, x]);
    }
}


namespace Amsp.Geometry.Analysis;

/// <summary>
/// A vertex is manifold when its faces form one fan (one cycle or one strip joined through two-face edges).
/// Each fan is walked once from an unvisited corner; a vertex reached by a second fan is non-manifold (a pinch).
/// </summary>
internal static class VertexFans
{
    public static int CountNonManifoldVertices(Mesh mesh, EdgeTopology topology)
    {
        var idx = mesh.IndexArray;
        var twin = topology.Twin;
        var corners = mesh.TriangleCount * 3;
        var visited = LargeArrays.Zeroed<bool>(corners);
        var fans = new byte[mesh.VertexCount]; // 0 none yet, 1 one fan, 2 more (counted)
        var count = 0;
        for (var c = 0; c < corners; c++)
        {
            if (visited[c] || EdgeTopology.HasRepeatedVertex(idx, c / 3))
            {
                continue; // faces with a repeated vertex are degenerate, counted elsewhere
            }

            var v = idx[c];
            if (fans[v] == 1)
            {
                fans[v] = 2;
                count++;
            }
            else if (fans[v] == 0)
            {
                fans[v] = 1;
            }

            // Walk both ways around v: across the outgoing edge, then across the incoming one.
            visited[c] = true;
            Walk(idx, twin, visited, v, c, outgoing: true);
            Walk(idx, twin, visited, v, c, outgoing: false);
        }

        return count;
    }

    private static void Walk(int[] idx, int[] twin, bool[] visited, int v, int corner, bool outgoing)
    {
        while (true)
        {
            var across = twin[outgoing ? corner : EdgeTopology.Prev(corner)];
            if (across < 0)
            {
                return;
            }

            // The neighbour's half-edge touches v at its start or its end; that end is v's corner there.
            var next = idx[across] == v ? across : EdgeTopology.Next(across);
            if (idx[next] != v || visited[next])
            {
                return;
            }

            visited[next] = true;

            // Leave the neighbour through its other edge at v: if it entered through its outgoing edge, go on
            // through its incoming one, and the other way round (this also follows faces of flipped orientation).
            outgoing = across != next;
            corner = next;
        }
    }
}

using System.Collections;

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
        var visited = new BitArray(corners);
        var hasFan = new BitArray(mesh.VertexCount);
        var nonManifold = new BitArray(mesh.VertexCount);
        var count = 0;
        var stack = new Stack<int>();
        for (var c = 0; c < corners; c++)
        {
            var f = c - (c % 3);
            if (visited[c] || idx[f] == idx[f + 1] || idx[f + 1] == idx[f + 2] || idx[f] == idx[f + 2])
            {
                continue; // faces with a repeated vertex are degenerate, counted elsewhere
            }

            var v = idx[c];
            if (hasFan[v])
            {
                if (!nonManifold[v])
                {
                    nonManifold[v] = true;
                    count++;
                }
            }
            else
            {
                hasFan[v] = true;
            }

            visited[c] = true;
            stack.Push(c);
            while (stack.Count > 0)
            {
                var corner = stack.Pop();
                // The two edges of this face that touch v: the outgoing one and the incoming one.
                Visit(idx, twin, twin[corner], v, visited, stack);
                Visit(idx, twin, twin[EdgeTopology.Prev(corner)], v, visited, stack);
            }
        }

        return count;
    }

    private static void Visit(int[] idx, int[] twin, int across, int v, BitArray visited, Stack<int> stack)
    {
        if (across < 0)
        {
            return;
        }

        // The neighbour's half-edge touches v at its start or its end; that end is v's corner there.
        var corner = idx[across] == v ? across : EdgeTopology.Next(across);
        if (idx[corner] == v && !visited[corner])
        {
            visited[corner] = true;
            stack.Push(corner);
        }
    }
}

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Consistency of face orientation within each shell. Faces are visited breadth-first through two-face edges;
/// a neighbour that runs the shared edge in the same direction is flipped relative to its predecessor.
/// The larger group of each patch (faces connected through two-face edges; a shell is one patch unless it has
/// non-manifold edges) is its orientation; the smaller group are the flipped faces.
/// </summary>
internal static class Orientation
{
    /// <summary>Marks the faces to flip so that every shell is consistent; returns how many there are.</summary>
    public static int FindFlipped(Mesh mesh, EdgeTopology topology, out bool[] flip)
    {
        var t = mesh.TriangleCount;
        var idx = mesh.IndexArray;
        var twin = topology.Twin;
        var parity = new sbyte[t]; // 0 = unvisited, 1 = as seed, -1 = flipped against seed
        var queue = new int[t];
        var patch = new int[t];
        var counts = new List<int>();
        for (var seed = 0; seed < t; seed++)
        {
            if (parity[seed] != 0)
            {
                continue;
            }

            parity[seed] = 1;
            var patchId = counts.Count / 2;
            counts.Add(0);
            counts.Add(0);
            int head = 0, tail = 0;
            queue[tail++] = seed;
            while (head < tail)
            {
                var f = queue[head++];
                patch[f] = patchId;
                counts[(patchId * 2) + (parity[f] > 0 ? 0 : 1)]++;
                for (var k = 0; k < 3; k++)
                {
                    var h = (f * 3) + k;
                    var g = twin[h];
                    if (g < 0 || parity[g / 3] != 0)
                    {
                        continue;
                    }

                    // Consistent neighbours run the shared edge in opposite directions.
                    var sameDirection = idx[g] == idx[h];
                    parity[g / 3] = (sbyte)(sameDirection ? -parity[f] : parity[f]);
                    queue[tail++] = g / 3;
                }
            }
        }

        flip = new bool[t];
        var flipped = 0;
        for (var f = 0; f < t; f++)
        {
            var p = patch[f];
            // Ties keep the orientation of the patch's first face.
            var majorityIsSeed = counts[p * 2] >= counts[(p * 2) + 1];
            if ((parity[f] > 0) != majorityIsSeed)
            {
                flip[f] = true;
                flipped++;
            }
        }

        return flipped;
    }
}

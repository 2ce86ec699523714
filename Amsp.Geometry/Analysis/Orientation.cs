namespace Amsp.Geometry.Analysis;

/// <summary>
/// Consistency of face orientation. Within each patch (faces connected through two-face edges; a shell is one
/// patch unless it has non-manifold edges) the larger group of equally oriented faces sets the orientation;
/// the smaller group are the flipped faces. Ties keep the orientation of the patch's first face.
/// </summary>
internal static class Orientation
{
    /// <summary>Marks the faces to flip so that every patch is consistent; returns how many there are.</summary>
    public static int FindFlipped(EdgeTopology topology, out bool[] flip)
    {
        var counts = new int[topology.PatchCount * 2];
        var t = topology.Parity.Length;
        for (var f = 0; f < t; f++)
        {
            counts[(topology.PatchOfFace[f] * 2) + (topology.Parity[f] > 0 ? 0 : 1)]++;
        }

        flip = new bool[t];
        var flipped = 0;
        for (var f = 0; f < t; f++)
        {
            var p = topology.PatchOfFace[f];
            var majorityIsSeed = counts[p * 2] >= counts[(p * 2) + 1];
            if ((topology.Parity[f] > 0) != majorityIsSeed)
            {
                flip[f] = true;
                flipped++;
            }
        }

        return flipped;
    }
}

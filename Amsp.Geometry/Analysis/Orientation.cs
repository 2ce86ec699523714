namespace Amsp.Geometry.Analysis;

/// <summary>
/// Consistency of face orientation. Within each patch (faces connected through two-face edges; a shell is one
/// patch unless it has non-manifold edges) the larger group of equally oriented faces sets the orientation;
/// the smaller group are the flipped faces. Ties keep the orientation of the patch's first face.
/// </summary>
internal static class Orientation
{
    /// <summary>Per patch: +1 when the faces oriented like the patch's first face are the majority (or a tie), else -1.</summary>
    public static sbyte[] Majority(EdgeTopology topology)
    {
        var majority = new sbyte[topology.PatchCount];
        for (var p = 0; p < majority.Length; p++)
        {
            majority[p] = (sbyte)(topology.PatchBalance[p] >= 0 ? 1 : -1);
        }

        return majority;
    }

    /// <summary>Marks the faces to flip so that every patch is consistent; returns how many there are.</summary>
    public static int FindFlipped(EdgeTopology topology, out bool[] flip)
    {
        var flipped = FindFlipped(topology, Majority(topology), out var marks);
        flip = marks ?? new bool[topology.Parity.Length];
        return flipped;
    }

    /// <summary>
    /// As <see cref="FindFlipped(EdgeTopology, out bool[])"/>, with the majorities already known; <paramref name="flip"/>
    /// is null when no face is flipped (the usual case, which then allocates nothing).
    /// </summary>
    public static int FindFlipped(EdgeTopology topology, sbyte[] majority, out bool[]? flip)
    {
        if (topology.PatchCount == 1 && topology.PatchBalance[0] == topology.Parity.Length)
        {
            flip = null;
            return 0;
        }

        var t = topology.Parity.Length;
        var marks = LargeArrays.Zeroed<bool>(t);
        var flipped = 0;
        for (var f = 0; f < t; f++)
        {
            if (topology.Parity[f] != majority[topology.PatchOfFace[f]])
            {
                marks[f] = true;
                flipped++;
            }
        }

        flip = marks;
        return flipped;
    }
}


namespace Amsp.Geometry.Analysis;

/// <summary>Patches (breadth-first through two-face edges, with relative orientation) and shells.</summary>
internal sealed partial class EdgeTopology
{
    /// <summary>Per patch: the sum of its faces' parities (faces oriented like its first face less the others).</summary>
    public int[] PatchBalance { get; private set; } = [];

    private void LabelPatches(int[] idx)
    {
        var t = PatchOfFace.Length;
        var queue = LargeArrays.Uninitialized<int>(t);
        var balance = new int[16];
        var patches = 0;
        for (var seed = 0; seed < t; seed++)
        {
            if (Parity[seed] != 0)
            {
                continue;
            }

            Parity[seed] = 1;
            int head = 0, tail = 0, sum = 0;
            queue[tail++] = seed;
            while (head < tail)
            {
                var f = queue[head++];
                PatchOfFace[f] = patches;
                sum += Parity[f];
                for (var h = f * 3; h < (f * 3) + 3; h++)
                {
                    var g = Twin[h];
                    if (g < 0 || Parity[g / 3] != 0)
                    {
                        continue;
                    }

                    // Consistent neighbours run the shared edge in opposite directions.
                    Parity[g / 3] = (sbyte)(idx[g] == idx[h] ? -Parity[f] : Parity[f]);
                    queue[tail++] = g / 3;
                }
            }

            if (patches == balance.Length)
            {
                Array.Resize(ref balance, (int)Math.Min(2L * patches, t));
            }

            balance[patches++] = sum;
        }

        PatchCount = patches;
        PatchBalance = balance;
    }

    /// <summary>
    /// Updates the twins after the given faces were reversed (corners 1 and 2 swapped), instead of rebuilding:
    /// a reversed face's half-edges 0 and 2 trade places. Shells stay valid; patches and parities do not.
    /// </summary>
    internal void ApplyFlips(bool[] flipped)
    {
        int Moved(int h) => h < 0 || !flipped[h / 3] ? h : (h % 3) switch { 0 => h + 2, 2 => h - 2, _ => h };

        for (var f = 0; f < flipped.Length; f++)
        {
            if (flipped[f])
            {
                (Twin[f * 3], Twin[(f * 3) + 2]) = (Twin[(f * 3) + 2], Twin[f * 3]);
            }
        }

        for (var h = 0; h < Twin.Length; h++)
        {
            Twin[h] = Moved(Twin[h]);
        }
    }

    /// <summary>Records the shells of faces appended after the last build (hole patches); their twins are not known.</summary>
    internal void AppendFaces(List<int> shells)
    {
        var shellOfFace = new int[ShellOfFace.Length + shells.Count];
        ShellOfFace.CopyTo(shellOfFace, 0);
        shells.CopyTo(shellOfFace, ShellOfFace.Length);
        ShellOfFace = shellOfFace;
    }

    private void JoinShells(int[][] nonManifoldGroups)
    {
        if (nonManifoldGroups.Length == 0)
        {
            ShellCount = PatchCount;
            return;
        }

        var sets = UnionFind.Create(PatchCount);
        foreach (var group in nonManifoldGroups)
        {
            foreach (var h in group)
            {
                UnionFind.Union(sets, PatchOfFace[group[0] / 3], PatchOfFace[h / 3]);
            }
        }

        ShellCount = UnionFind.Label(sets);
        var shell = new int[PatchOfFace.Length];
        for (var f = 0; f < shell.Length; f++)
        {
            shell[f] = sets[PatchOfFace[f]];
        }

        ShellOfFace = shell;
    }
}

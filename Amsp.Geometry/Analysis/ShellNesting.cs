namespace Amsp.Geometry.Analysis;

/// <summary>
/// Which shells should have negative volume. A shell inside an odd number of other shells is a cavity, whose
/// faces correctly point inward (negative volume); any other shell should have positive volume.
/// Containment uses the generalised winding number, which is robust without ray-casting special cases.
/// </summary>
internal static class ShellNesting
{
    /// <summary>Beyond this many shells, nesting is not computed and every shell is taken as an outer one.</summary>
    public const int MaxShellsForNesting = 512;

    /// <summary>
    /// Most triangle evaluations spent on containment tests; a file of many nested shells cannot make a check run
    /// for minutes. Tests beyond the budget are skipped (those shells count as not contained).
    /// </summary>
    public const long WorkBudget = 50_000_000;

    /// <summary>True for each shell that is a cavity. Faces marked in <c>flip</c> (those against their patch's majority) are taken reversed.</summary>
    public static bool[] FindCavities(Mesh mesh, int[] shellOfFace, int shellCount, Vec3[] min, Vec3[] max, bool[]? flip = null)
    {
        var cavity = new bool[shellCount];
        if (shellCount < 2 || shellCount > MaxShellsForNesting)
        {
            return cavity;
        }

        var idx = mesh.IndexArray;
        var probe = new Vec3[shellCount];
        var found = new bool[shellCount];
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            var s = shellOfFace[f];
            if (s >= 0 && !found[s] && !FaceMeasures.IsDegenerate(mesh, f))
            {
                found[s] = true;
                probe[s] = (mesh.Vertex(idx[f * 3]) + mesh.Vertex(idx[(f * 3) + 1]) + mesh.Vertex(idx[(f * 3) + 2])) * (1.0 / 3);
            }
        }

        // Faces grouped by shell (a counting sort), so that a containment test reads only the enclosing shell.
        var starts = new int[shellCount + 1];
        foreach (var s in shellOfFace.AsSpan(0, mesh.TriangleCount))
        {
            if (s >= 0)
            {
                starts[s + 1]++;
            }
        }

        for (var s = 0; s < shellCount; s++)
        {
            starts[s + 1] += starts[s];
        }

        var faces = new int[mesh.TriangleCount];
        var cursor = (int[])starts.Clone();
        for (var f = 0; f < mesh.TriangleCount; f++)
        {
            if (shellOfFace[f] >= 0)
            {
                faces[cursor[shellOfFace[f]]++] = f;
            }
        }

        var budget = WorkBudget;
        for (var s = 0; s < shellCount; s++)
        {
            var depth = 0;
            for (var p = 0; p < shellCount; p++)
            {
                var cost = starts[p + 1] - starts[p];
                if (p == s || !found[s] || !Contains(min[p], max[p], min[s], max[s]) || (budget -= cost) < 0)
                {
                    continue;
                }

                if (Math.Abs(WindingNumber(mesh, faces.AsSpan(starts[p], cost), probe[s], flip)) > 0.5)
                {
                    depth++;
                }
            }

            cavity[s] = depth % 2 == 1;
        }

        return cavity;
    }

    private static bool Contains(Vec3 outerMin, Vec3 outerMax, Vec3 innerMin, Vec3 innerMax) =>
        outerMin.X <= innerMin.X && outerMin.Y <= innerMin.Y && outerMin.Z <= innerMin.Z
        && outerMax.X >= innerMax.X && outerMax.Y >= innerMax.Y && outerMax.Z >= innerMax.Z;

    private static double WindingNumber(Mesh mesh, ReadOnlySpan<int> faces, Vec3 p, bool[]? flip)
    {
        var idx = mesh.IndexArray;
        double sum = 0;
        foreach (var f in faces)
        {
            var a = mesh.Vertex(idx[f * 3]) - p;
            var b = mesh.Vertex(idx[(f * 3) + 1]) - p;
            var c = mesh.Vertex(idx[(f * 3) + 2]) - p;
            double la = a.Length, lb = b.Length, lc = c.Length;
            var numerator = Vec3.Dot(a, Vec3.Cross(b, c));
            var denominator = (la * lb * lc) + (Vec3.Dot(a, b) * lc) + (Vec3.Dot(b, c) * la) + (Vec3.Dot(c, a) * lb);
            sum += (flip is not null && flip[f] ? -2 : 2) * Math.Atan2(numerator, denominator);
        }

        return sum / (4 * Math.PI);
    }
}

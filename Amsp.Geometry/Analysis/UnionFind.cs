namespace Amsp.Geometry.Analysis;

/// <summary>Disjoint sets over 0..n-1 in one int array (path halving, union by smaller index for determinism).</summary>
internal static class UnionFind
{
    public static int[] Create(int n)
    {
        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        return parent;
    }

    public static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            var p = parent[x];
            parent[x] = parent[p];
            x = parent[x];
        }

        return x;
    }

    public static bool Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b)
        {
            return false;
        }

        if (a < b)
        {
            parent[b] = a;
        }
        else
        {
            parent[a] = b;
        }

        return true;
    }

    /// <summary>Replaces each entry by a dense component label (0..k-1, in order of first appearance) and returns k.</summary>
    public static int Label(int[] parent)
    {
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = Find(parent, i);
        }

        // Every entry now points at its root, the smallest index of its set, which comes before its members.
        var count = 0;
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = parent[i] == i ? count++ : parent[parent[i]];
        }

        return count;
    }
}

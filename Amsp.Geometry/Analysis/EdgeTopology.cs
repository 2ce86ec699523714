namespace Amsp.Geometry.Analysis;

/// <summary>
/// Edge adjacency of an indexed mesh. Half-edge h = 3 f + k runs from corner k of face f to corner k+1.
/// Half-edges are bucketed by their smaller vertex (a counting sort) and sorted by the larger one inside
/// each bucket, so no dictionary and no object per edge is needed. <see cref="Twin"/> holds the other
/// half-edge of a two-face edge, <see cref="Boundary"/> (-1) for a one-face edge and <see cref="NonManifold"/> (-2) for more.
/// </summary>
internal sealed class EdgeTopology
{
    public const int Boundary = -1;
    public const int NonManifold = -2;

    private EdgeTopology(int[] twin, bool[] duplicate, int[] shellOfFace)
    {
        Twin = twin;
        Duplicate = duplicate;
        ShellOfFace = shellOfFace;
    }

    public int[] Twin { get; }

    /// <summary>Dense shell label of each face (faces joined through any shared edge).</summary>
    public int[] ShellOfFace { get; }

    public int ShellCount { get; private set; }

    /// <summary>True for a face with the same three vertices as a face of smaller index.</summary>
    public bool[] Duplicate { get; }

    public int BoundaryEdges { get; private set; }

    public int NonManifoldEdges { get; private set; }

    public int DuplicateFaces { get; private set; }

    public static EdgeTopology Build(Mesh mesh)
    {
        var idx = mesh.IndexArray;
        var t = mesh.TriangleCount;
        var v = mesh.VertexCount;
        var halfEdges = t * 3;
        var offsets = new int[v + 1];
        for (var h = 0; h < halfEdges; h++)
        {
            var a = idx[h];
            var b = idx[Next(h)];
            if (a != b)
            {
                offsets[Math.Min(a, b) + 1]++;
            }
        }

        for (var i = 0; i < v; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var entries = new long[offsets[v]];
        var fill = new int[v];
        for (var h = 0; h < halfEdges; h++)
        {
            var a = idx[h];
            var b = idx[Next(h)];
            if (a != b)
            {
                var lo = Math.Min(a, b);
                entries[offsets[lo] + fill[lo]++] = ((long)Math.Max(a, b) << 32) | (uint)h;
            }
        }

        fill = null!;
        var twin = new int[halfEdges];
        Array.Fill(twin, Boundary);
        var faceSets = UnionFind.Create(t);
        var duplicate = new bool[t];
        var topology = new EdgeTopology(twin, duplicate, faceSets);
        topology.Group(idx, offsets, entries, faceSets);
        topology.ShellCount = UnionFind.Label(faceSets);
        topology.DuplicateFaces = duplicate.Count(d => d);
        return topology;
    }

    public static int Next(int h) => h % 3 == 2 ? h - 2 : h + 1;

    public static int Prev(int h) => h % 3 == 0 ? h + 2 : h - 1;

    private void Group(int[] idx, int[] offsets, long[] entries, int[] faceSets)
    {
        for (var lo = 0; lo + 1 < offsets.Length; lo++)
        {
            var bucket = entries.AsSpan(offsets[lo], offsets[lo + 1] - offsets[lo]);
            if (bucket.Length > 1)
            {
                bucket.Sort();
            }

            var i = 0;
            while (i < bucket.Length)
            {
                var hi = bucket[i] >> 32;
                var j = i + 1;
                while (j < bucket.Length && bucket[j] >> 32 == hi)
                {
                    j++;
                }

                Edge(idx, bucket[i..j], faceSets);
                i = j;
            }
        }
    }

    private void Edge(int[] idx, Span<long> group, int[] faceSets)
    {
        if (group.Length == 1)
        {
            BoundaryEdges++;
            return;
        }

        var h0 = (int)(uint)group[0];
        for (var k = 1; k < group.Length; k++)
        {
            UnionFind.Union(faceSets, h0 / 3, (int)(uint)group[k] / 3);
        }

        for (var k = 1; k < group.Length; k++)
        {
            var hk = (int)(uint)group[k];
            var opposite = idx[Prev(hk)];
            for (var m = 0; m < k; m++)
            {
                var hm = (int)(uint)group[m];
                if (idx[Prev(hm)] == opposite && hm / 3 != hk / 3)
                {
                    Duplicate[Math.Max(hm, hk) / 3] = true;
                }
            }
        }

        if (group.Length == 2)
        {
            var h1 = (int)(uint)group[1];
            Twin[h0] = h1;
            Twin[h1] = h0;
            return;
        }

        NonManifoldEdges++;
        foreach (var e in group)
        {
            Twin[(int)(uint)e] = NonManifold;
        }
    }
}

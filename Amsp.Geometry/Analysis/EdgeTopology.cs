using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Edge adjacency of an indexed mesh. Half-edge h = 3 f + k runs from corner k of face f to corner k + 1.
/// Corners are grouped by vertex with a counting sort (two int arrays, no dictionary, no object per edge);
/// the edges at each vertex are then paired by sorting that vertex's few edges by their other end. Vertices are
/// independent, so that pairing runs in parallel. <see cref="Twin"/> holds the other half-edge of a two-face
/// edge, <see cref="Boundary"/> (-1) for a one-face edge and <see cref="NonManifold"/> (-2) for more.
/// Faces with a repeated vertex take no part in adjacency.
/// </summary>
internal sealed partial class EdgeTopology
{
    public const int Boundary = -1;
    public const int NonManifold = -2;
    private const int Chunks = 64;

    private EdgeTopology(int triangles)
    {
        Twin = LargeArrays.Uninitialized<int>(triangles * 3); // every entry written by PairAround
        Duplicate = LargeArrays.Zeroed<bool>(triangles);
        PatchOfFace = LargeArrays.Uninitialized<int>(triangles); // every face gets a patch
        Parity = LargeArrays.Zeroed<sbyte>(triangles);
        ShellOfFace = PatchOfFace;
    }

    public int[] Twin { get; }

    /// <summary>True for a face with the same three vertices as a face of smaller index.</summary>
    public bool[] Duplicate { get; }

    /// <summary>Faces connected through two-face edges; orientation is compared within a patch.</summary>
    public int[] PatchOfFace { get; }

    public int PatchCount { get; private set; }

    /// <summary>+1 when a face is oriented like its patch's first face, -1 when it is reversed relative to it.</summary>
    public sbyte[] Parity { get; }

    /// <summary>Dense shell label of each face: faces joined through any shared edge.</summary>
    public int[] ShellOfFace { get; private set; }

    public int ShellCount { get; private set; }

    public int BoundaryEdges { get; private set; }

    public int NonManifoldEdges { get; private set; }

    public int DuplicateFaces { get; private set; }

    public static int Next(int h) => h % 3 == 2 ? h - 2 : h + 1;

    public static int Prev(int h) => h % 3 == 0 ? h + 2 : h - 1;

    /// <summary>True for a half-edge whose edge belongs to this face only (faces with a repeated vertex have none).</summary>
    public bool IsOpen(int[] idx, int h) => Twin[h] == Boundary && !HasRepeatedVertex(idx, h / 3);

    public static bool HasRepeatedVertex(int[] idx, int face) =>
        idx[face * 3] == idx[(face * 3) + 1] || idx[(face * 3) + 1] == idx[(face * 3) + 2] || idx[face * 3] == idx[(face * 3) + 2];

    public static EdgeTopology Build(Mesh mesh) => Build(mesh, null);

    /// <summary>
    /// Builds the topology. The labelling of the patches is a serial pass; beside it, on a second thread,
    /// <paramref name="alongside"/> runs, and both threads then call <paramref name="spare"/> until it returns false
    /// (work split into small pieces, so that neither core idles while the other finishes). Both may read
    /// <see cref="Twin"/> and the counts of edges and duplicate faces only.
    /// </summary>
    public static EdgeTopology Build(Mesh mesh, Action<EdgeTopology>? alongside, Func<EdgeTopology, bool>? spare = null)
    {
        var idx = mesh.IndexArray;
        var t = mesh.TriangleCount;
        var v = mesh.VertexCount;
        var topology = new EdgeTopology(t);
        var groups = new ConcurrentBag<int[]>();
        topology.Pair(idx, t, v, groups);
        Scratch.Release(t); // the corner lists, which only the pairing used
        if (alongside is null)
        {
            topology.LabelPatches(idx);
        }
        else
        {
            spare ??= _ => false;
            Parallel.Invoke(
                () =>
                {
                    topology.LabelPatches(idx);
                    while (spare(topology))
                    {
                    }
                },
                () =>
                {
                    alongside(topology);
                    while (spare(topology))
                    {
                    }
                });
        }

        topology.JoinShells([.. groups.OrderBy(g => g[0])]);
        return topology;
    }

    /// <summary>
    /// Pairs the half-edges and counts boundary, non-manifold edges and duplicate faces. A method of its own, so
    /// that the corner lists it allocates are unreachable once it returns (no stack slot of the caller holds them).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Pair(int[] idx, int t, int v, ConcurrentBag<int[]> groups)
    {
        var (starts, corners) = CornersByVertex(idx, t, v);
        var size = (v + Chunks - 1) / Chunks;
        var partial = new (int Boundary, int NonManifold)[Chunks];
        Parallel.For(0, Chunks, c =>
        {
            var buffer = new long[64];
            for (var lo = c * size; lo < Math.Min(v, (c + 1) * size); lo++)
            {
                var (b, n) = PairAround(idx, starts, corners, lo, ref buffer, groups);
                partial[c].Boundary += b;
                partial[c].NonManifold += n;
            }
        });
        BoundaryEdges = partial.Sum(p => p.Boundary);
        NonManifoldEdges = partial.Sum(p => p.NonManifold);
        DuplicateFaces = Duplicate.AsSpan().Count(true);
    }

    /// <summary>
    /// Pairs every edge whose smaller vertex is <paramref name="lo"/>: the corners of <paramref name="lo"/> give
    /// each face's two edges at it, sorted by their other vertex. Each face is read once per corner, and each edge
    /// is handled by exactly one vertex, so vertices can be processed in parallel without locks.
    /// </summary>
    private (int Boundary, int NonManifold) PairAround(int[] idx, int[] starts, int[] corners, int lo, ref long[] buffer, ConcurrentBag<int[]> groups)
    {
        var count = 0;
        var needed = 2 * (starts[lo + 1] - starts[lo]);
        if (buffer.Length < needed)
        {
            buffer = new long[needed];
        }

        for (var i = starts[lo]; i < starts[lo + 1]; i++)
        {
            var c = corners[i];
            var next = idx[Next(c)];
            var prev = idx[Prev(c)];
            if (next == lo || prev == lo || next == prev)
            {
                Twin[c] = Boundary; // a face with a repeated vertex takes no part in adjacency
                continue;
            }

            if (next > lo)
            {
                buffer[count++] = ((long)next << 32) | (uint)c; // half-edge lo -> next
            }

            if (prev > lo)
            {
                buffer[count++] = ((long)prev << 32) | (uint)Prev(c); // half-edge prev -> lo
            }
        }

        var entries = buffer.AsSpan(0, count);
        SortSmall(entries);

        int boundary = 0, nonManifold = 0;
        for (var i = 0; i < count;)
        {
            var hi = entries[i] >> 32;
            var j = i + 1;
            while (j < count && entries[j] >> 32 == hi)
            {
                j++;
            }

            var h0 = (int)(uint)entries[i];
            if (j - i == 1)
            {
                Twin[h0] = Boundary;
                boundary++;
            }
            else if (j - i == 2)
            {
                var h1 = (int)(uint)entries[i + 1];
                Twin[h0] = h1;
                Twin[h1] = h0;
                if (idx[Prev(h0)] == idx[Prev(h1)])
                {
                    Duplicate[Math.Max(h0, h1) / 3] = true;
                }
            }
            else
            {
                nonManifold++;
                var group = new int[j - i];
                for (var k = i; k < j; k++)
                {
                    group[k - i] = (int)(uint)entries[k];
                    Twin[group[k - i]] = NonManifold;
                }

                MarkDuplicates(idx, group);
                groups.Add(group);
            }

            i = j;
        }

        return (boundary, nonManifold);
    }

    /// <summary>
    /// Sorts a vertex's few edges (six on a typical mesh) by insertion; long runs go to the library sort. The library
    /// sort of a span allocates a comparison delegate per call when compiled ahead of time, which at one call per
    /// vertex made some 20 MB of garbage at 1M triangles.
    /// </summary>
    private static void SortSmall(Span<long> entries)
    {
        if (entries.Length > 32)
        {
            entries.Sort();
            return;
        }

        for (var i = 1; i < entries.Length; i++)
        {
            var e = entries[i];
            var j = i - 1;
            while (j >= 0 && entries[j] > e)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = e;
        }
    }

    private void MarkDuplicates(int[] idx, int[] group)
    {
        // Two faces on one edge with the same opposite vertex have the same three vertices.
        for (var k = 1; k < group.Length; k++)
        {
            for (var m = 0; m < k; m++)
            {
                if (idx[Prev(group[m])] == idx[Prev(group[k])])
                {
                    Duplicate[Math.Max(group[m], group[k]) / 3] = true;
                }
            }
        }
    }

    private static (int[] Starts, int[] Corners) CornersByVertex(int[] idx, int t, int v)
    {
        var starts = LargeArrays.Zeroed<int>(v + 1);
        for (var c = 0; c < t * 3; c++)
        {
            starts[idx[c] + 1]++;
        }

        for (var i = 0; i < v; i++)
        {
            starts[i + 1] += starts[i];
        }

        var corners = LargeArrays.Uninitialized<int>(t * 3);
        var next = new int[v];
        Array.Copy(starts, next, v);
        for (var c = 0; c < t * 3; c++)
        {
            corners[next[idx[c]]++] = c;
        }

        return (starts, corners);
    }
}

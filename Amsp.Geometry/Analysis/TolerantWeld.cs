using System.Numerics;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Welds vertices closer than a tolerance. Only vertices on boundary edges take part: that closes cracks between
/// faces (what admesh's --nearby does) without collapsing small features of a closed surface. Vertices go one by one into a hash of cells sixteen tolerances wide;
/// before its own insertion a vertex compares itself with the earlier vertices of its cell and of the neighbouring
/// cells it lies within a tolerance of (1.4 cells on average, not 27). Merged vertices take the position of the
/// smallest index among them, so the result is deterministic.
/// </summary>
internal static class TolerantWeld
{
    private const double CellsPerTolerance = 16;

    /// <summary>Representative of each vertex (itself when nothing is near) and the number of vertices merged away.</summary>
    public static int[] Find(Mesh mesh, EdgeTopology topology, double tolerance, out int merged)
    {
        var n = mesh.VertexCount;
        if (tolerance <= 0 || n < 2 || topology.BoundaryEdges == 0)
        {
            merged = 0;
            return []; // nothing to weld: an empty map (callers remap only when something merged)
        }

        var sets = UnionFind.Create(n);
        merged = 0;
        if (tolerance <= 0 || n < 2 || topology.BoundaryEdges == 0)
        {
            return sets;
        }

        var idx = mesh.IndexArray;
        var open = new bool[n];
        for (var h = 0; h < topology.Twin.Length; h++)
        {
            if (topology.IsOpen(idx, h))
            {
                open[idx[h]] = open[idx[EdgeTopology.Next(h)]] = true;
            }
        }

        var p = mesh.PositionArray;
        var cell = tolerance * CellsPerTolerance;
        var slots = new Cell[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, open.Count(o => o) * 2))];
        var next = new int[n];
        var tol2 = tolerance * tolerance;
        Span<long> coords = stackalloc long[3];
        Span<int> lo = stackalloc int[3];
        Span<int> hi = stackalloc int[3];
        for (var v = 0; v < n; v++)
        {
            if (!open[v])
            {
                continue;
            }

            for (var axis = 0; axis < 3; axis++)
            {
                var x = p[(v * 3) + axis] / cell;
                var floor = Math.Floor(x);
                coords[axis] = (long)floor;
                lo[axis] = (x - floor) * cell < tolerance ? -1 : 0;
                hi[axis] = (floor + 1 - x) * cell < tolerance ? 1 : 0;
            }

            for (var dx = lo[0]; dx <= hi[0]; dx++)
            {
                for (var dy = lo[1]; dy <= hi[1]; dy++)
                {
                    for (var dz = lo[2]; dz <= hi[2]; dz++)
                    {
                        if (dx == 0 && dy == 0 && dz == 0)
                        {
                            continue;
                        }

                        var other = Lookup(slots, Key(coords[0] + dx, coords[1] + dy, coords[2] + dz));
                        merged += Compare(p, sets, next, other, v, tol2);
                    }
                }
            }

            // The vertex's own cell: compare with its earlier vertices, then prepend it.
            ref var own = ref FindOrAdd(slots, Key(coords[0], coords[1], coords[2]));
            merged += Compare(p, sets, next, own.Head - 1, v, tol2);
            next[v] = own.Head - 1;
            own.Head = v + 1;
        }

        for (var v = 0; v < n; v++)
        {
            sets[v] = UnionFind.Find(sets, v);
        }

        return sets;
    }

    private static int Compare(float[] p, int[] sets, int[] next, int first, int v, double tol2)
    {
        var merged = 0;
        for (var u = first; u >= 0; u = next[u])
        {
            double dx = p[u * 3] - p[v * 3], dy = p[(u * 3) + 1] - p[(v * 3) + 1], dz = p[(u * 3) + 2] - p[(v * 3) + 2];
            if ((dx * dx) + (dy * dy) + (dz * dz) <= tol2 && UnionFind.Union(sets, u, v))
            {
                merged++;
            }
        }

        return merged;
    }

    private static long Key(long x, long y, long z) => (x * 73856093L) ^ (y * 19349663L) ^ (z * 83492791L) ^ (x << 42) ^ (y << 21) ^ z;

    private static int Slot(long key, int mask) => (int)((ulong)(key * -7046029254386353131L) >> 40) & mask;

    private static int Lookup(Cell[] slots, long key)
    {
        var mask = slots.Length - 1;
        for (var h = Slot(key, mask); slots[h].Head != 0; h = (h + 1) & mask)
        {
            if (slots[h].Key == key)
            {
                return slots[h].Head - 1;
            }
        }

        return -1;
    }

    private static ref Cell FindOrAdd(Cell[] slots, long key)
    {
        var mask = slots.Length - 1;
        var h = Slot(key, mask);
        while (slots[h].Head != 0 && slots[h].Key != key)
        {
            h = (h + 1) & mask;
        }

        slots[h].Key = key;
        return ref slots[h];
    }

    private struct Cell
    {
        public long Key;
        public int Head; // newest vertex of the cell + 1; 0 = empty slot
    }
}

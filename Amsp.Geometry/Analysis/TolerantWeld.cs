using System.Numerics;

namespace Amsp.Geometry.Analysis;

/// <summary>
/// Welds vertices closer than a tolerance. Vertices are hashed into cells four tolerances wide, so a vertex only
/// looks into the neighbouring cells it is within a tolerance of (about two cells on average, not 27).
/// Merged vertices take the position of the smallest index among them, so the result is deterministic.
/// </summary>
internal static class TolerantWeld
{
    /// <summary>Representative of each vertex (itself when nothing is near) and the number of vertices merged away.</summary>
    public static int[] Find(Mesh mesh, double tolerance, out int merged)
    {
        var n = mesh.VertexCount;
        var sets = UnionFind.Create(n);
        merged = 0;
        if (tolerance <= 0 || n < 2)
        {
            return sets;
        }

        var p = mesh.PositionArray;
        var cell = tolerance * 4;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, n * 2));
        var keys = new long[size];
        var heads = new int[size];
        Array.Fill(heads, -1);
        var next = new int[n];
        for (var v = n - 1; v >= 0; v--)
        {
            var slot = Slot(keys, heads, Key(p, v, cell, 0, 0, 0), insert: true);
            next[v] = heads[slot];
            heads[slot] = v;
        }

        var tol2 = tolerance * tolerance;
        Span<int> lo = stackalloc int[3];
        Span<int> hi = stackalloc int[3];
        for (var v = 0; v < n; v++)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                var f = (p[(v * 3) + axis] / cell) - Math.Floor(p[(v * 3) + axis] / cell);
                lo[axis] = f * cell < tolerance ? -1 : 0;
                hi[axis] = (1 - f) * cell < tolerance ? 1 : 0;
            }

            for (var dx = lo[0]; dx <= hi[0]; dx++)
            {
                for (var dy = lo[1]; dy <= hi[1]; dy++)
                {
                    for (var dz = lo[2]; dz <= hi[2]; dz++)
                    {
                        var slot = Slot(keys, heads, Key(p, v, cell, dx, dy, dz), insert: false);
                        for (var u = slot < 0 ? -1 : heads[slot]; u >= 0 && u < v; u = next[u])
                        {
                            if (Distance2(p, u, v) <= tol2 && UnionFind.Union(sets, u, v))
                            {
                                merged++;
                            }
                        }
                    }
                }
            }
        }

        for (var v = 0; v < n; v++)
        {
            sets[v] = UnionFind.Find(sets, v);
        }

        return sets;
    }

    private static double Distance2(float[] p, int u, int v)
    {
        double dx = p[u * 3] - p[v * 3], dy = p[(u * 3) + 1] - p[(v * 3) + 1], dz = p[(u * 3) + 2] - p[(v * 3) + 2];
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

    private static long Key(float[] p, int v, double cell, int dx, int dy, int dz)
    {
        var x = (long)Math.Floor(p[v * 3] / cell) + dx;
        var y = (long)Math.Floor(p[(v * 3) + 1] / cell) + dy;
        var z = (long)Math.Floor(p[(v * 3) + 2] / cell) + dz;
        return (x * 73856093L) ^ (y * 19349663L) ^ (z * 83492791L) ^ (x << 42) ^ (y << 21) ^ z;
    }

    private static int Slot(long[] keys, int[] heads, long key, bool insert)
    {
        var mask = keys.Length - 1;
        var h = (int)((ulong)(key * -7046029254386353131L) >> 40) & mask;
        while (heads[h] >= 0)
        {
            if (keys[h] == key)
            {
                return h;
            }

            h = (h + 1) & mask;
        }

        if (!insert)
        {
            return -1;
        }

        keys[h] = key;
        return h;
    }
}

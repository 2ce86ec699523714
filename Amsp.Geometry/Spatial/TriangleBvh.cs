using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Spatial;

/// <summary>
/// A bounding volume hierarchy over a mesh's triangles for ray queries: binned surface-area-heuristic splits, nodes and
/// triangle corners in flat arrays in tree order (no object per node or triangle), subtrees built in parallel.
/// </summary>
public sealed partial class TriangleBvh
{
    private const int LeafSize = 4;

    private readonly Node[] _nodes;
    private readonly float[] _corners; // per triangle in tree order: corner a, then b − a and c − a
    private readonly int[] _triangle;  // mesh triangle index of each triangle in tree order
    private readonly Mesh _mesh;

    private TriangleBvh(Mesh mesh, Node[] nodes, int nodeCount, float[] corners, int[] triangle)
    {
        _mesh = mesh;
        _nodes = nodes;
        NodeCount = nodeCount;
        _corners = corners;
        _triangle = triangle;
    }

    /// <summary>Number of nodes in the tree.</summary>
    public int NodeCount { get; }

    /// <summary>Number of triangles.</summary>
    public int TriangleCount => _triangle.Length;

    /// <summary>Whether this hierarchy was built over <paramref name="mesh"/> (the same instance; meshes are immutable).</summary>
    /// <param name="mesh">The mesh.</param>
    public bool IsOver(Mesh mesh) => ReferenceEquals(_mesh, mesh);

    /// <summary>Builds the hierarchy over every triangle of <paramref name="mesh"/>.</summary>
    /// <param name="mesh">The mesh.</param>
    public static TriangleBvh Build(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        return Builder.Build(mesh);
    }

    /// <summary>
    /// The nearest triangle hit by the ray from <paramref name="origin"/> along <paramref name="direction"/> (any length)
    /// at a distance in (<paramref name="minDistance"/>, <paramref name="maxDistance"/>), either side of the triangle.
    /// </summary>
    /// <param name="origin">Start of the ray.</param>
    /// <param name="direction">Direction; the distance is measured in its length units, so pass a unit vector for millimetres.</param>
    /// <param name="minDistance">Hits this close or closer are ignored (the surface the ray starts on).</param>
    /// <param name="maxDistance">Hits beyond are ignored.</param>
    /// <param name="skipTriangle">A mesh triangle never reported (the one the ray starts on), or −1.</param>
    /// <param name="hit">The hit: distance and mesh triangle.</param>
    // Compiled by the JIT, fully optimised, on first use instead of precompiled: the host ships ReadyToRun code, which
    // served the first orders after a start with the ray and build loops about 1.5x slower than the JIT's code (the
    // runtime replaces precompiled code only once a method has been called often, and these loops run long in few
    // calls). The hierarchy's build and the ray loops of ThinWalls and SupportVolume are marked for the same reason;
    // docs/quoting.md has the measurement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // the traversal stack is written before it is read
    public bool Raycast(Vec3 origin, Vec3 direction, double minDistance, double maxDistance, int skipTriangle, out RayHit hit)
    {
        hit = default;
        if (_triangle.Length == 0)
        {
            return false;
        }

        var ray = new Ray((float)origin.X, (float)origin.Y, (float)origin.Z, (float)direction.X, (float)direction.Y, (float)direction.Z);
        var best = (float)maxDistance;
        var found = -1;
        Span<int> stack = stackalloc int[64];
        Span<float> entries = stackalloc float[64]; // where the ray enters each stacked node, to skip it once a closer hit is known
        var top = 0;
        var rootEntry = _nodes[0].Entry(in ray);
        if (rootEntry <= best && rootEntry != float.PositiveInfinity)
        {
            (stack[0], entries[0], top) = (0, rootEntry, 1);
        }

        while (top > 0)
        {
            top--;
            if (entries[top] > best)
            {
                continue;
            }

            ref readonly var node = ref _nodes[stack[top]];
            if (node.Count > 0)
            {
                for (var k = node.First; k < node.First + node.Count; k++)
                {
                    var t = Intersect(in ray, k);
                    if (t > minDistance && t < best && _triangle[k] != skipTriangle)
                    {
                        best = t;
                        found = k;
                    }
                }

                continue;
            }

            // Push the far child first, so the near one is visited first and may prune the far one.
            int near = node.First, far = node.First + 1;
            float nearEntry = _nodes[near].Entry(in ray), farEntry = _nodes[far].Entry(in ray);
            if (farEntry < nearEntry)
            {
                (near, far, nearEntry, farEntry) = (far, near, farEntry, nearEntry);
            }

            if (top + 2 > stack.Length)
            {
                throw new InvalidOperationException("The hierarchy is deeper than its traversal stack.");
            }

            if (farEntry <= best && farEntry != float.PositiveInfinity)
            {
                (stack[top], entries[top]) = (far, farEntry);
                top++;
            }

            if (nearEntry <= best && nearEntry != float.PositiveInfinity)
            {
                (stack[top], entries[top]) = (near, nearEntry);
                top++;
            }
        }

        if (found >= 0)
        {
            hit = new RayHit(best, _triangle[found]);
        }

        return found >= 0;
    }

    /// <summary>Möller–Trumbore: distance along the ray to triangle k (tree order), or +∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float Intersect(in Ray r, int k)
    {
        ref var c = ref _corners[k * 9]; // checked once: the eight floats after it belong to the same triangle
        float e1x = Unsafe.Add(ref c, 3), e1y = Unsafe.Add(ref c, 4), e1z = Unsafe.Add(ref c, 5);
        float e2x = Unsafe.Add(ref c, 6), e2y = Unsafe.Add(ref c, 7), e2z = Unsafe.Add(ref c, 8);
        float px = (r.Dy * e2z) - (r.Dz * e2y), py = (r.Dz * e2x) - (r.Dx * e2z), pz = (r.Dx * e2y) - (r.Dy * e2x);
        var det = (e1x * px) + (e1y * py) + (e1z * pz);
        if (MathF.Abs(det) < 1e-20f)
        {
            return float.PositiveInfinity;
        }

        var inv = 1 / det;
        float tx = r.Ox - c, ty = r.Oy - Unsafe.Add(ref c, 1), tz = r.Oz - Unsafe.Add(ref c, 2);
        var u = ((tx * px) + (ty * py) + (tz * pz)) * inv;
        if (u < 0 || u > 1)
        {
            return float.PositiveInfinity;
        }

        float qx = (ty * e1z) - (tz * e1y), qy = (tz * e1x) - (tx * e1z), qz = (tx * e1y) - (ty * e1x);
        var v = ((r.Dx * qx) + (r.Dy * qy) + (r.Dz * qz)) * inv;
        if (v < 0 || u + v > 1)
        {
            return float.PositiveInfinity;
        }

        return ((e2x * qx) + (e2y * qy) + (e2z * qz)) * inv;
    }

    private readonly struct Ray(float ox, float oy, float oz, float dx, float dy, float dz)
    {
        public readonly float Ox = ox, Oy = oy, Oz = oz, Dx = dx, Dy = dy, Dz = dz;

        // An axis the ray does not move along gets a huge finite inverse: 0 × ∞ would make the slab test NaN.
        public readonly float Ix = Inverse(dx), Iy = Inverse(dy), Iz = Inverse(dz);

        private static float Inverse(float d) => 1 / (MathF.Abs(d) < 1e-30f ? (d < 0 ? -1e-30f : 1e-30f) : d);
    }

    private struct Node
    {
        public float MinX, MinY, MinZ, MaxX, MaxY, MaxZ;
        public int First; // leaf: first triangle; inner node: left child (the right one follows it)
        public int Count; // triangles in a leaf, 0 for an inner node

        /// <summary>Slab test: the distance at which the ray enters the box, or +∞ when it misses it (test misses with != +∞:
        /// a ray without a limit has +∞ as its best distance too).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly float Entry(in Ray r)
        {
            float t0 = (MinX - r.Ox) * r.Ix, t1 = (MaxX - r.Ox) * r.Ix;
            float near = MathF.Min(t0, t1), far = MathF.Max(t0, t1);
            t0 = (MinY - r.Oy) * r.Iy;
            t1 = (MaxY - r.Oy) * r.Iy;
            near = MathF.Max(near, MathF.Min(t0, t1));
            far = MathF.Min(far, MathF.Max(t0, t1));
            t0 = (MinZ - r.Oz) * r.Iz;
            t1 = (MaxZ - r.Oz) * r.Iz;
            near = MathF.Max(near, MathF.Min(t0, t1));
            far = MathF.Min(far, MathF.Max(t0, t1));
            return far >= MathF.Max(near, 0) ? near : float.PositiveInfinity;
        }
    }
}

/// <summary>Where a ray hit a mesh.</summary>
/// <param name="Distance">Distance along the ray, in units of the direction's length.</param>
/// <param name="Triangle">Index of the mesh triangle hit.</param>
public readonly record struct RayHit(double Distance, int Triangle);

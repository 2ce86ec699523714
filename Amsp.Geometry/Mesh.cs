using System.Runtime.CompilerServices;

namespace Amsp.Geometry;

/// <summary>
/// An indexed triangle mesh held in flat arrays: three <see cref="float"/> coordinates per vertex and
/// three vertex indices per triangle. Vertices are welded exactly (identical float32 coordinates are one vertex)
/// when a mesh is read. No object is allocated per triangle.
/// </summary>
public sealed class Mesh
{
    private readonly float[] _positions;
    private readonly int[] _indices;

    /// <summary>Creates a mesh over the given arrays (which may be longer than needed; the counts say what is used).</summary>
    /// <param name="positions">x, y, z of each vertex; at least <paramref name="vertexCount"/> × 3 entries.</param>
    /// <param name="vertexCount">Number of vertices.</param>
    /// <param name="indices">Three vertex indices per triangle; at least <paramref name="triangleCount"/> × 3 entries.</param>
    /// <param name="triangleCount">Number of triangles.</param>
    public Mesh(float[] positions, int vertexCount, int[] indices, int triangleCount)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentOutOfRangeException.ThrowIfNegative(triangleCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)vertexCount * 3, positions.LongLength, nameof(vertexCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)triangleCount * 3, indices.LongLength, nameof(triangleCount));
        _positions = positions;
        _indices = indices;
        VertexCount = vertexCount;
        TriangleCount = triangleCount;
    }

    /// <summary>Number of vertices.</summary>
    public int VertexCount { get; }

    /// <summary>Number of triangles.</summary>
    public int TriangleCount { get; }

    /// <summary>x, y, z of each vertex (length <see cref="VertexCount"/> × 3).</summary>
    public ReadOnlySpan<float> Positions => _positions.AsSpan(0, VertexCount * 3);

    /// <summary>Three vertex indices per triangle (length <see cref="TriangleCount"/> × 3), counter-clockwise seen from outside.</summary>
    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, TriangleCount * 3);

    internal float[] PositionArray => _positions;

    internal int[] IndexArray => _indices;

    /// <summary>Builds a mesh from a triangle soup (nine coordinates per triangle), welding identical vertices.</summary>
    /// <param name="soup">x0 y0 z0 x1 y1 z1 x2 y2 z2 per triangle.</param>
    public static Mesh FromTriangleSoup(ReadOnlySpan<float> soup)
    {
        if (soup.Length % 9 != 0)
        {
            throw new ArgumentException("A triangle soup has nine coordinates per triangle.", nameof(soup));
        }

        var builder = new Io.MeshBuilder(soup.Length / 9, Io.MeshReadLimits.Default);
        for (var i = 0; i < soup.Length; i += 9)
        {
            var a = builder.AddVertex(soup[i], soup[i + 1], soup[i + 2]);
            var b = builder.AddVertex(soup[i + 3], soup[i + 4], soup[i + 5]);
            var c = builder.AddVertex(soup[i + 6], soup[i + 7], soup[i + 8]);
            builder.AddTriangle(a, b, c);
        }

        return builder.Build();
    }

    /// <summary>
    /// What the reader had to recover from to read the file (for example an ASCII STL facet without
    /// <c>endloop</c>), one sentence each; empty for a clean file and for meshes built in code.
    /// <see cref="Analysis.MeshCheck"/> copies them into its report, so a customer sees that the file was not clean.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Returns the position of vertex <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vec3 Vertex(int v) => new(_positions[v * 3], _positions[(v * 3) + 1], _positions[(v * 3) + 2]);
}

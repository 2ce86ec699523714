using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Io;

/// <summary>Accumulates triangles into flat arrays, welding vertices exactly as they arrive.</summary>
internal sealed class MeshBuilder
{
    private readonly MeshReadLimits _limits;
    private readonly VertexWelder _welder;
    private int[] _indices;
    private int _triangleCount;

    public MeshBuilder(int expectedTriangles, MeshReadLimits limits)
    {
        _limits = limits;
        // A closed mesh has about half as many vertices as triangles.
        _welder = new VertexWelder((expectedTriangles / 2) + 16, limits);
        _indices = new int[Math.Max(3, expectedTriangles * 3)];
    }

    public int VertexCount => _welder.VertexCount;

    public int TriangleCount => _triangleCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddVertex(float x, float y, float z) => _welder.AddVertex(x, y, z);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTriangle(int a, int b, int c)
    {
        if ((_triangleCount * 3) + 3 > _indices.Length)
        {
            GrowIndices();
        }

        var i = _triangleCount * 3;
        _indices[i] = a;
        _indices[i + 1] = b;
        _indices[i + 2] = c;
        _triangleCount++;
    }

    public Mesh Build(IReadOnlyList<string>? warnings = null)
    {
        if (_triangleCount == 0)
        {
            throw new MeshFormatException("The file contains no triangles.");
        }

        return new Mesh(_welder.Positions, _welder.VertexCount, _indices, _triangleCount) { Warnings = warnings ?? [] };
    }

    private void GrowIndices()
    {
        if (_triangleCount >= _limits.MaxTriangles)
        {
            throw new MeshFormatException($"The mesh has more than {_limits.MaxTriangles} triangles.");
        }

        Array.Resize(ref _indices, (int)Math.Min((long)_indices.Length * 2, (long)_limits.MaxTriangles * 3));
    }
}

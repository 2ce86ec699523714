using System.Numerics;
using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Io;

/// <summary>
/// Accumulates triangles into flat arrays and welds vertices on the fly with an open-addressing hash
/// on the exact float bits (-0 and +0 are one vertex). Memory is the final arrays plus a table of ints.
/// </summary>
internal sealed class MeshBuilder
{
    private readonly MeshReadLimits _limits;
    private float[] _positions;
    private int _vertexCount;
    private int[] _indices;
    private int _triangleCount;
    private int[] _table; // vertex id + 1, 0 = empty
    private int _mask;

    public MeshBuilder(int expectedTriangles, MeshReadLimits limits)
    {
        _limits = limits;
        var expectedVertices = Math.Max(16, expectedTriangles / 2 + 16);
        _positions = new float[expectedVertices * 3];
        _indices = new int[Math.Max(3, expectedTriangles * 3)];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, expectedVertices * 2));
        _table = new int[size];
        _mask = size - 1;
    }

    public int VertexCount => _vertexCount;

    public int TriangleCount => _triangleCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddVertex(float x, float y, float z)
    {
        // Adding +0 turns -0 into +0, so both signs of zero weld together.
        var bx = BitConverter.SingleToUInt32Bits(x + 0f);
        var by = BitConverter.SingleToUInt32Bits(y + 0f);
        var bz = BitConverter.SingleToUInt32Bits(z + 0f);
        var h = Hash(bx, by, bz);
        var table = _table;
        var positions = _positions;
        while (true)
        {
            var slot = (int)(h & (uint)_mask);
            var entry = table[slot];
            if (entry == 0)
            {
                return Insert(slot, x + 0f, y + 0f, z + 0f);
            }

            var p = (entry - 1) * 3;
            if (BitConverter.SingleToUInt32Bits(positions[p]) == bx
                && BitConverter.SingleToUInt32Bits(positions[p + 1]) == by
                && BitConverter.SingleToUInt32Bits(positions[p + 2]) == bz)
            {
                return entry - 1;
            }

            h++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTriangle(int a, int b, int c)
    {
        if (_triangleCount * 3 + 3 > _indices.Length)
        {
            GrowIndices();
        }

        var i = _triangleCount * 3;
        _indices[i] = a;
        _indices[i + 1] = b;
        _indices[i + 2] = c;
        _triangleCount++;
    }

    public Mesh Build()
    {
        if (_triangleCount == 0)
        {
            throw new MeshFormatException("The file contains no triangles.");
        }

        return new Mesh(_positions, _vertexCount, _indices, _triangleCount);
    }

    private static uint Hash(uint x, uint y, uint z)
    {
        var h = (x * 0x9E3779B1u) ^ BitOperations.RotateLeft(y * 0x85EBCA77u, 11) ^ BitOperations.RotateLeft(z * 0xC2B2AE3Du, 22);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }

    private int Insert(int slot, float x, float y, float z)
    {
        if (_vertexCount * 3 + 3 > _positions.Length)
        {
            if (_vertexCount >= _limits.MaxVertices)
            {
                throw new MeshFormatException($"The mesh has more than {_limits.MaxVertices} vertices.");
            }

            Array.Resize(ref _positions, (int)Math.Min((long)_positions.Length * 2, Array.MaxLength / 3 * 3));
        }

        var id = _vertexCount++;
        _positions[id * 3] = x;
        _positions[(id * 3) + 1] = y;
        _positions[(id * 3) + 2] = z;
        _table[slot] = id + 1;
        if (_vertexCount * 2 > _table.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var size = _table.Length * 2;
        var table = new int[size];
        var mask = size - 1;
        for (var v = 0; v < _vertexCount; v++)
        {
            var h = Hash(
                BitConverter.SingleToUInt32Bits(_positions[v * 3]),
                BitConverter.SingleToUInt32Bits(_positions[(v * 3) + 1]),
                BitConverter.SingleToUInt32Bits(_positions[(v * 3) + 2]));
            while (table[(int)(h & (uint)mask)] != 0)
            {
                h++;
            }

            table[(int)(h & (uint)mask)] = v + 1;
        }

        _table = table;
        _mask = mask;
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

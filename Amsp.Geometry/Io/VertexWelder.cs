using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Amsp.Geometry.Io;

/// <summary>
/// Welds vertices on the fly with an open-addressing hash on the exact float bits (-0 and +0 are one vertex).
/// Memory is the positions plus a table of 8-byte slots (the vertex's id and its whole hash), sized for a third to a
/// sixth full and never more than half: a probe compares hashes and reads the position only when they are equal, so
/// for the memory a table with the keys in its 16-byte slots would take, it has twice the slots and shorter probes.
/// </summary>
internal sealed class VertexWelder
{
    private readonly MeshReadLimits _limits;
    private float[] _positions;
    private int _vertexCount;
    private const int RecentSize = 16384; // 256 KiB: stays in a core's L2 cache
    private Slot[] _recent = new Slot[RecentSize];
    private TableSlot[] _table;
    private int _mask;

    public VertexWelder(int expectedVertices, MeshReadLimits limits)
    {
        _limits = limits;
        expectedVertices = Math.Max(16, expectedVertices);
        _positions = LargeArrays.Uninitialized<float>(expectedVertices * 3);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, expectedVertices * 3));
        _table = LargeArrays.Zeroed<TableSlot>(size);
        _mask = size - 1;
    }

    public int VertexCount => _vertexCount;

    public float[] Positions => _positions;

    /// <summary>Lets the hash table and the cache go once every vertex is in (the positions stay).</summary>
    public void ReleaseTable()
    {
        _table = [];
        _recent = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddVertex(float x, float y, float z)
    {
        // Adding +0 turns -0 into +0, so both signs of zero weld together.
        var bx = BitConverter.SingleToUInt32Bits(x + 0f);
        var by = BitConverter.SingleToUInt32Bits(y + 0f);
        var bz = BitConverter.SingleToUInt32Bits(z + 0f);
        return AddBits(bx, by, bz, Hash(bx, by, bz));
    }

    /// <summary>Adds a vertex given by its float bits (zero already made +0) and their <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddBits(uint bx, uint by, uint bz, uint h)
    {
        // Files list neighbouring triangles together, so a vertex usually comes back soon: a small cache that
        // stays in the processor's cache answers most lookups without touching the big table.
        ref var recent = ref _recent[h & (RecentSize - 1)];
        if (recent.IdPlusOne != 0 && recent.X == bx && recent.Y == by && recent.Z == bz)
        {
            return recent.IdPlusOne - 1;
        }

        var table = _table;
        var positions = _positions;
        for (var probe = h; ; probe++)
        {
            var slot = (int)(probe & (uint)_mask);
            ref var entry = ref table[slot];
            if (entry.IdPlusOne == 0)
            {
                var id = Insert(slot, bx, by, bz, h);
                recent = new Slot { X = bx, Y = by, Z = bz, IdPlusOne = id + 1 };
                return id;
            }

            if (entry.Hash == h)
            {
                var p = (entry.IdPlusOne - 1) * 3;
                if (BitConverter.SingleToUInt32Bits(positions[p]) == bx && BitConverter.SingleToUInt32Bits(positions[p + 1]) == by
                    && BitConverter.SingleToUInt32Bits(positions[p + 2]) == bz)
                {
                    recent = new Slot { X = bx, Y = by, Z = bz, IdPlusOne = entry.IdPlusOne };
                    return entry.IdPlusOne - 1;
                }
            }
        }
    }

    /// <summary>The id of the vertex with these float bits and <see cref="Hash"/>, or -1 when it was never added.</summary>
    public int Find(uint bx, uint by, uint bz, uint h)
    {
        var positions = _positions;
        for (var probe = h; ; probe++)
        {
            ref var entry = ref _table[(int)(probe & (uint)_mask)];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            var p = (entry.IdPlusOne - 1) * 3;
            if (entry.Hash == h && BitConverter.SingleToUInt32Bits(positions[p]) == bx
                && BitConverter.SingleToUInt32Bits(positions[p + 1]) == by && BitConverter.SingleToUInt32Bits(positions[p + 2]) == bz)
            {
                return entry.IdPlusOne - 1;
            }
        }
    }

    /// <summary>
    /// The vertex's id when the small cache of recent vertices holds it; otherwise -1, and the cache line of the big
    /// table where its lookup will start is requested from memory, so that several such lookups of a batch wait for
    /// memory at the same time instead of one after the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe int RecentOrPrefetch(uint bx, uint by, uint bz, uint h)
    {
        ref var recent = ref _recent[h & (RecentSize - 1)];
        if (recent.IdPlusOne != 0 && recent.X == bx && recent.Y == by && recent.Z == bz)
        {
            return recent.IdPlusOne - 1;
        }

        if (Sse.IsSupported)
        {
            // A hint only: it never faults, and a table replaced meanwhile by a rehash costs nothing but the hint.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), (int)(h & (uint)_mask))));
        }

        return -1;
    }

    /// <summary>Hash of a vertex's float bits; its low bits pick the slot, its top bit may pick a partition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint x, uint y, uint z)
    {
        var h = (x * 0x9E3779B1u) ^ BitOperations.RotateLeft(y * 0x85EBCA77u, 11) ^ BitOperations.RotateLeft(z * 0xC2B2AE3Du, 22);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }

    private int Insert(int slot, uint bx, uint by, uint bz, uint h)
    {
        if (_vertexCount >= _limits.MaxVertices)
        {
            throw new MeshFormatException($"The mesh has more than {_limits.MaxVertices} vertices.");
        }

        if (_vertexCount * 3 + 3 > _positions.Length)
        {
            Array.Resize(ref _positions, (int)Math.Min((long)_positions.Length * 2, Array.MaxLength / 3 * 3));
        }

        var id = _vertexCount++;
        _positions[id * 3] = BitConverter.UInt32BitsToSingle(bx);
        _positions[(id * 3) + 1] = BitConverter.UInt32BitsToSingle(by);
        _positions[(id * 3) + 2] = BitConverter.UInt32BitsToSingle(bz);
        _table[slot] = new TableSlot { Hash = h, IdPlusOne = id + 1 };
        if (_vertexCount * 2 > _table.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var size = _table.Length * 2;
        var table = LargeArrays.Zeroed<TableSlot>(size);
        var mask = size - 1;
        foreach (var entry in _table)
        {
            if (entry.IdPlusOne == 0)
            {
                continue;
            }

            var h = entry.Hash;
            while (table[(int)(h & (uint)mask)].IdPlusOne != 0)
            {
                h++;
            }

            table[(int)(h & (uint)mask)] = entry;
        }

        _table = table;
        _mask = mask;
    }

    /// <summary>An entry of the recent-vertex cache: the whole key, so a hit reads nothing else.</summary>
    private struct Slot
    {
        public uint X;
        public uint Y;
        public uint Z;
        public int IdPlusOne;
    }

    /// <summary>An entry of the table: the vertex's hash and id; the key is the vertex's position.</summary>
    private struct TableSlot
    {
        public uint Hash;
        public int IdPlusOne;
    }
}

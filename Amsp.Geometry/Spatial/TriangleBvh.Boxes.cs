using System.Runtime.CompilerServices;

namespace Amsp.Geometry.Spatial;

public sealed partial class TriangleBvh
{
    /// <summary>A triangle's bounding box and index, moved as a whole while the tree is built.</summary>
    private struct Ref
    {
        public float MinX, MinY, MinZ, MaxX, MaxY, MaxZ;
        public int Triangle;

        /// <summary>Twice the box centre along an axis.</summary>
        public readonly float Centre2(int axis) => axis == 0 ? MinX + MaxX : axis == 1 ? MinY + MaxY : MinZ + MaxZ;
    }

    /// <summary>An axis-aligned box that grows to hold boxes or points.</summary>
    private struct Box
    {
        public static readonly Box Empty = new()
        {
            MinX = float.MaxValue, MinY = float.MaxValue, MinZ = float.MaxValue,
            MaxX = float.MinValue, MaxY = float.MinValue, MaxZ = float.MinValue,
        };

        public float MinX, MinY, MinZ, MaxX, MaxY, MaxZ;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the JIT-compiled build loops (Split, BinsOf)
        public void Grow(in Ref r)
        {
            (MinX, MinY, MinZ) = (MathF.Min(MinX, r.MinX), MathF.Min(MinY, r.MinY), MathF.Min(MinZ, r.MinZ));
            (MaxX, MaxY, MaxZ) = (MathF.Max(MaxX, r.MaxX), MathF.Max(MaxY, r.MaxY), MathF.Max(MaxZ, r.MaxZ));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Grow(in Box b)
        {
            (MinX, MinY, MinZ) = (MathF.Min(MinX, b.MinX), MathF.Min(MinY, b.MinY), MathF.Min(MinZ, b.MinZ));
            (MaxX, MaxY, MaxZ) = (MathF.Max(MaxX, b.MaxX), MathF.Max(MaxY, b.MaxY), MathF.Max(MaxZ, b.MaxZ));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void GrowPoint(float x, float y, float z)
        {
            (MinX, MinY, MinZ) = (MathF.Min(MinX, x), MathF.Min(MinY, y), MathF.Min(MinZ, z));
            (MaxX, MaxY, MaxZ) = (MathF.Max(MaxX, x), MathF.Max(MaxY, y), MathF.Max(MaxZ, z));
        }

        public readonly int LongestAxis()
        {
            float x = MaxX - MinX, y = MaxY - MinY, z = MaxZ - MinZ;
            return x >= y && x >= z ? 0 : y >= z ? 1 : 2;
        }

        public readonly float Min(int axis) => axis == 0 ? MinX : axis == 1 ? MinY : MinZ;

        public readonly float Max(int axis) => axis == 0 ? MaxX : axis == 1 ? MaxY : MaxZ;

        public readonly float HalfArea()
        {
            if (MaxX < MinX)
            {
                return 0;
            }

            float x = MaxX - MinX, y = MaxY - MinY, z = MaxZ - MinZ;
            return (x * y) + (y * z) + (z * x);
        }

        public readonly void Store(ref Node node) =>
            (node.MinX, node.MinY, node.MinZ, node.MaxX, node.MaxY, node.MaxZ) = (MinX, MinY, MinZ, MaxX, MaxY, MaxZ);
    }
}

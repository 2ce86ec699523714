using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>Sample parts changed in code: stretched, with triangles missing.</summary>
public static class MeshVariants
{
    /// <summary>A binary STL with every X coordinate multiplied by <paramref name="factor"/>.</summary>
    public static byte[] StretchedX(string sample, float factor)
    {
        var bytes = File.ReadAllBytes(PlatformApi.SamplePath(sample));
        var count = BitConverter.ToInt32(bytes, 80);
        for (var t = 0; t < count; t++)
        {
            for (var corner = 0; corner < 3; corner++)
            {
                var at = 84 + (50 * t) + 12 + (12 * corner);
                BitConverter.GetBytes(BitConverter.ToSingle(bytes, at) * factor).CopyTo(bytes, at);
            }
        }
        return bytes;
    }

    /// <summary>A binary STL without the triangles at the given indices: a hole each, where they do not touch.</summary>
    public static byte[] WithoutTriangles(string sample, params int[] drop)
    {
        var bytes = File.ReadAllBytes(PlatformApi.SamplePath(sample));
        var count = BitConverter.ToInt32(bytes, 80);
        using var output = new MemoryStream();
        output.Write(bytes, 0, 80);
        output.Write(BitConverter.GetBytes(count - drop.Length));
        for (var t = 0; t < count; t++)
        {
            if (!drop.Contains(t))
            {
                output.Write(bytes, 84 + (50 * t), 50);
            }
        }
        return output.ToArray();
    }
}

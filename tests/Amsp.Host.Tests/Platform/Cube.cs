namespace Amsp.Host.Tests.Platform;

/// <summary>Axis-aligned cubes as binary STL, built in code.</summary>
public static class Cube
{
    private static readonly int[][] Faces =
    [
        [0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
        [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7],
    ];

    /// <summary>A closed cube of edge <paramref name="size"/>; <paramref name="copies"/> cubes side by side make a bigger file.</summary>
    public static byte[] BinaryStl(float size, int copies = 1)
    {
        var triangles = Faces.Length * copies;
        var bytes = new byte[84 + (50 * triangles)];
        BitConverter.GetBytes(triangles).CopyTo(bytes, 80);
        var offset = 84;
        for (var c = 0; c < copies; c++)
        {
            var x0 = c * size * 2;
            float[][] v =
            [
                [x0, 0, 0], [x0 + size, 0, 0], [x0 + size, size, 0], [x0, size, 0],
                [x0, 0, size], [x0 + size, 0, size], [x0 + size, size, size], [x0, size, size],
            ];
            foreach (var face in Faces)
            {
                offset += 12; // the normal: readers recompute it
                foreach (var corner in face)
                {
                    foreach (var coordinate in v[corner])
                    {
                        BitConverter.GetBytes(coordinate).CopyTo(bytes, offset);
                        offset += 4;
                    }
                }
                offset += 2;
            }
        }
        return bytes;
    }
}

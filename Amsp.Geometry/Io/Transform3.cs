using System.Globalization;

namespace Amsp.Geometry.Io;

/// <summary>3MF affine transform "m00 m01 m02 m10 m11 m12 m20 m21 m22 m30 m31 m32" (row vectors: p' = p · M).</summary>
internal readonly struct Transform3
{
    private readonly double[] _m;

    private Transform3(double[] m) => _m = m;

    public static Transform3 Identity { get; } = Scale(1);

    public static Transform3 Scale(double s) => new([s, 0, 0, 0, s, 0, 0, 0, s, 0, 0, 0]);

    public static Transform3 Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Identity;
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 12)
        {
            throw new MeshFormatException("A 3MF transform must have 12 numbers.");
        }

        var m = new double[12];
        for (var i = 0; i < 12; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out m[i]) || !double.IsFinite(m[i]))
            {
                throw new MeshFormatException("A 3MF transform holds something that is not a finite number.");
            }
        }

        return new Transform3(m);
    }

    /// <summary>This transform followed by <paramref name="next"/>.</summary>
    public Transform3 Then(Transform3 next)
    {
        var a = _m;
        var b = next._m;
        var r = new double[12];
        for (var row = 0; row < 4; row++)
        {
            for (var col = 0; col < 3; col++)
            {
                var sum = row == 3 ? b[9 + col] : 0;
                for (var k = 0; k < 3; k++)
                {
                    sum += a[(row * 3) + k] * b[(k * 3) + col];
                }

                r[(row * 3) + col] = sum;
            }
        }

        return new Transform3(r);
    }

    public (double X, double Y, double Z) Apply(double x, double y, double z)
    {
        var m = _m;
        return ((x * m[0]) + (y * m[3]) + (z * m[6]) + m[9],
                (x * m[1]) + (y * m[4]) + (z * m[7]) + m[10],
                (x * m[2]) + (y * m[5]) + (z * m[8]) + m[11]);
    }
}

using System.Globalization;

namespace Amsp.Geometry.Io;

/// <summary>Whitespace tokenising and finite-number parsing over UTF-8 bytes, shared by the text formats.</summary>
internal static class TextNumbers
{
    public static ReadOnlySpan<byte> NextToken(ref ReadOnlySpan<byte> s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        var j = i;
        while (j < s.Length && !IsSpace(s[j]))
        {
            j++;
        }

        var token = s[i..j];
        s = s[j..];
        return token;
    }

    public static float ParseFinite(ReadOnlySpan<byte> token, long line)
    {
        if (!float.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var f))
        {
            throw new MeshFormatException($"Line {line}: expected a number.");
        }

        if (!float.IsFinite(f))
        {
            throw new MeshFormatException($"Line {line}: coordinate is not a finite number.");
        }

        return f;
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v';
}

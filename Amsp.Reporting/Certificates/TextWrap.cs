using PdfSharp.Drawing;

namespace Amsp.Reporting.Certificates;

/// <summary>Breaks text into lines that fit a width: at spaces where it can, inside a word where it must.</summary>
internal static class TextWrap
{
    public static List<string> Lines(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (gfx.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var cut = FittingPrefix(gfx, line, font, width);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int FittingPrefix(XGraphics gfx, string text, XFont font, double width)
    {
        int low = 1, high = text.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (gfx.MeasureString(text[..mid], font).Width <= width) low = mid; else high = mid - 1;
        }
        // Never split a surrogate pair: the halves would be drawn as two missing glyphs.
        if (low < text.Length && char.IsLowSurrogate(text[low]) && low > 1)
            low--;
        return low;
    }
}

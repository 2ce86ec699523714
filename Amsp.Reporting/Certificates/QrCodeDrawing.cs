using PdfSharp.Drawing;
using QRCoder;

namespace Amsp.Reporting.Certificates;

/// <summary>
/// Draws a QR code as filled vector rectangles: sharp at any zoom or print resolution, a few hundred bytes, and no
/// image codec. Dark modules of a row are merged into runs so the content stream stays small.
/// </summary>
internal static class QrCodeDrawing
{
    /// <summary>The dark runs of each row (row, first column, length), in modules, quiet zone included.</summary>
    public static (int Size, List<(int Row, int Column, int Length)> Runs) Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a smudged or creased print (15 % of the code) and keeps long addresses scannable.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var runs = new List<(int, int, int)>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column]) { column++; continue; }
                var start = column;
                while (column < bits.Length && bits[column]) column++;
                runs.Add((row, start, column - start));
            }
        }
        return (matrix.Count, runs);
    }

    public static void Draw(XGraphics gfx, string text, double x, double y, double size)
    {
        var (modules, runs) = Modules(text);
        var unit = size / modules;
        var brush = new XSolidBrush(XColors.Black);
        foreach (var (row, column, length) in runs)
            // A hair of overlap closes the seams some viewers show between adjacent rectangles.
            gfx.DrawRectangle(brush, x + column * unit, y + row * unit, length * unit + 0.05, unit + 0.05);
    }
}

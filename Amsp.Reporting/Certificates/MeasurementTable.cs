using System.Globalization;
using PdfSharp.Drawing;

namespace Amsp.Reporting.Certificates;

/// <summary>
/// The measurement table: one row per characteristic with its tolerance, the measured value and PASS/FAIL.
/// A row never splits across pages; each continuation page repeats the column header.
/// </summary>
internal static class MeasurementTable
{
    private sealed record Column(string Header, double Width, bool Right);

    private static readonly Column[] Columns =
    [
        new("#", 24, true), new("Characteristic", 161, false), new("Unit", 34, false), new("Nominal", 58, true),
        new("Lower tol.", 56, true), new("Upper tol.", 56, true), new("Measured", 64, true), new("Result", 52, false),
    ];

    private const double LineHeight = 10;
    private const double Padding = 3.5;
    private const double HeaderHeight = 16;

    public static void Draw(PageFlow flow, IReadOnlyList<CertificateMeasurement> rows)
    {
        var failed = rows.Count(r => !r.Passed);
        var caption = rows.Count == 0
            ? "Measurements: none recorded"
            : string.Create(CultureInfo.InvariantCulture, $"Measurements: {rows.Count} characteristics, {failed} out of tolerance");
        flow.Ensure(18 + HeaderHeight + LineHeight + 2 * Padding);
        Caption(flow, caption);
        DrawHeader(flow);
        var scale = flow.Width / Columns.Sum(c => c.Width);
        for (var i = 0; i < rows.Count; i++)
        {
            // Every cell wraps (long names, units such as "N/mm²", large numbers); the row takes the tallest.
            var cells = Cells(rows[i], i + 1)
                .Select((text, c) => TextWrap.Lines(flow.Gfx, text, c == Columns.Length - 1 ? flow.Theme.TableBold : flow.Theme.Table, Columns[c].Width * scale - 2 * Padding))
                .ToArray();
            var height = cells.Max(c => c.Count) * LineHeight + 2 * Padding;
            if (flow.Ensure(height))
            {
                Caption(flow, "Measurements (continued)");
                DrawHeader(flow);
            }
            DrawRow(flow, rows[i], cells, height, i % 2 == 1, scale);
        }
        flow.Line(flow.Y, Theme.Rule);
        flow.Y += 12;
    }

    private static void Caption(PageFlow flow, string text)
    {
        flow.Gfx.DrawString(text.ToUpperInvariant(), flow.Theme.Heading, Theme.Brush(Theme.Accent), new XRect(flow.Left, flow.Y, flow.Width, 11), XStringFormats.TopLeft);
        flow.Y += 16;
    }

    private static string[] Cells(CertificateMeasurement row, int number) =>
    [
        number.ToString(CultureInfo.InvariantCulture), row.Characteristic, row.Unit ?? "", Theme.Number(row.Nominal),
        Theme.Deviation(row.LowerDeviation), Theme.Deviation(row.UpperDeviation),
        row.Measured is { } m ? Theme.Number(m) : "not measured", row.Passed ? "PASS" : "FAIL",
    ];

    private static void DrawHeader(PageFlow flow)
    {
        var gfx = flow.Gfx;
        var scale = flow.Width / Columns.Sum(c => c.Width);
        gfx.DrawRectangle(Theme.Brush(Theme.Band), flow.Left, flow.Y, flow.Width, HeaderHeight);
        var x = flow.Left;
        foreach (var column in Columns)
        {
            var box = new XRect(x + Padding, flow.Y, column.Width * scale - 2 * Padding, HeaderHeight);
            gfx.DrawString(column.Header, flow.Theme.TableBold, Theme.Brush(Theme.Ink), box, column.Right ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
            x += column.Width * scale;
        }
        flow.Y += HeaderHeight;
    }

    private static void DrawRow(PageFlow flow, CertificateMeasurement row, List<string>[] cells, double height, bool striped, double scale)
    {
        var gfx = flow.Gfx;
        var theme = flow.Theme;
        if (striped)
            gfx.DrawRectangle(Theme.Brush(Theme.Stripe), flow.Left, flow.Y, flow.Width, height);
        var x = flow.Left;
        for (var c = 0; c < Columns.Length; c++)
        {
            var column = Columns[c];
            var width = column.Width * scale - 2 * Padding;
            var isResult = c == Columns.Length - 1;
            var font = isResult ? theme.TableBold : theme.Table;
            var color = isResult ? (row.Passed ? Theme.Pass : Theme.Fail) : c == 6 && row.Measured is null ? Theme.Muted : Theme.Ink;
            var lines = cells[c];
            for (var l = 0; l < lines.Count; l++)
            {
                var box = new XRect(x + Padding, flow.Y + Padding + l * LineHeight, width, LineHeight);
                gfx.DrawString(lines[l], font, Theme.Brush(color), box, column.Right ? XStringFormats.TopRight : XStringFormats.TopLeft);
            }
            x += column.Width * scale;
        }
        flow.Y += height;
        gfx.DrawLine(new XPen(Theme.Rule, 0.3), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
    }
}

using PdfSharp.Drawing;

namespace Amsp.Reporting.Certificates;

/// <summary>A titled block of label/value lines (supplier, customer, part, production), drawn side by side in pairs.</summary>
internal sealed record FieldBlock(string Title, IReadOnlyList<(string Label, string Value)> Fields)
{
    private const double Gap = 24;
    private const double LineHeight = 11;
    private const double TitleHeight = 16;

    /// <summary>Draws the blocks in equal columns at the flow's position and moves below the tallest.</summary>
    public static void Row(PageFlow flow, params FieldBlock[] blocks)
    {
        var columnWidth = (flow.Width - Gap * (blocks.Length - 1)) / blocks.Length;
        var laidOut = blocks.Select(b => b.Layout(flow, columnWidth)).ToList();
        var height = laidOut.Max(l => l.Height);
        flow.Ensure(height);
        for (var i = 0; i < blocks.Length; i++)
            blocks[i].Draw(flow, laidOut[i].Lines, flow.Left + i * (columnWidth + Gap), flow.Y, columnWidth);
        flow.Y += height + 6;
    }

    // Half-width blocks hold short values (dates, process); their labels take less room.
    private static double LabelWidth(double blockWidth) => blockWidth > 300 ? 72 : 56;

    private (List<List<string>> Lines, double Height) Layout(PageFlow flow, double width)
    {
        var lines = Fields.Select(f => TextWrap.Lines(flow.Gfx, f.Value, flow.Theme.Value, width - LabelWidth(width))).ToList();
        return (lines, TitleHeight + lines.Sum(l => l.Count) * LineHeight + 3);
    }

    private void Draw(PageFlow flow, List<List<string>> lines, double x, double y, double width)
    {
        var gfx = flow.Gfx;
        var theme = flow.Theme;
        gfx.DrawString(Title.ToUpperInvariant(), theme.Heading, Theme.Brush(Theme.Accent), new XRect(x, y, width, 11), XStringFormats.TopLeft);
        gfx.DrawLine(new XPen(Theme.Rule, 0.6), x, y + 12.5, x + width, y + 12.5);
        y += TitleHeight;
        for (var i = 0; i < Fields.Count; i++)
        {
            gfx.DrawString(Fields[i].Label, theme.Label, Theme.Brush(Theme.Muted), new XRect(x, y + 1, LabelWidth(width), LineHeight), XStringFormats.TopLeft);
            foreach (var line in lines[i])
            {
                gfx.DrawString(line, theme.Value, Theme.Brush(Theme.Ink), new XRect(x + LabelWidth(width), y, width - LabelWidth(width), LineHeight), XStringFormats.TopLeft);
                y += LineHeight;
            }
        }
    }
}

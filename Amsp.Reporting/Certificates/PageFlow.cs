using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Amsp.Reporting.Certificates;

/// <summary>
/// The pages of one certificate and the vertical position on the current one. Blocks ask for the height they
/// need and get a fresh page when it is not there; the footer ("page n of m") is drawn once the count is known.
/// </summary>
internal sealed class PageFlow(PdfDocument pdf, Theme theme, string certificateNumber) : IDisposable
{
    public const double Margin = 45;
    private const double FooterHeight = 36;
    private readonly List<(PdfPage Page, XGraphics Gfx)> _pages = [];

    public XGraphics Gfx => _pages[^1].Gfx;
    public Theme Theme => theme;
    public double Y { get; set; }
    public double Left { get; } = Margin;
    public double Width { get; private set; }
    public double Bottom { get; private set; }
    public int PageCount => _pages.Count;

    public void NewPage()
    {
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        var gfx = XGraphics.FromPdfPage(page);
        _pages.Add((page, gfx));
        Width = page.Width.Point - 2 * Margin;
        Bottom = page.Height.Point - Margin - FooterHeight;
        Y = Margin;
        if (_pages.Count > 1)
            DrawContinuationHeader(gfx);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= Bottom)
            return false;
        NewPage();
        return true;
    }

    public void Line(double y, XColor color, double width = 0.6) =>
        Gfx.DrawLine(new XPen(color, width), Left, y, Left + Width, y);

    private void DrawContinuationHeader(XGraphics gfx)
    {
        gfx.DrawString("Inspection certificate", theme.ValueBold, Theme.Brush(Theme.Ink), new XRect(Left, Y, Width, 12), XStringFormats.TopLeft);
        var room = Width - gfx.MeasureString("Inspection certificate", theme.ValueBold).Width - 16;
        var number = Shorten(gfx, $"No. {certificateNumber} (continued)", room, theme.Value);
        gfx.DrawString(number, theme.Value, Theme.Brush(Theme.Muted), new XRect(Left, Y, Width, 12), XStringFormats.TopRight);
        Y += 17;
        Line(Y, Theme.Rule);
        Y += 10;
    }

    /// <summary>Draws every page's footer; call once, after the last block.</summary>
    public void Finish(string issuedBy)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var (page, gfx) = _pages[i];
            var top = page.Height.Point - Margin - FooterHeight + 14;
            gfx.DrawLine(new XPen(Theme.Rule, 0.6), Left, top, Left + Width, top);
            var box = new XRect(Left, top + 6, Width, 10);
            var left = Shorten(gfx, $"Inspection certificate {certificateNumber} · {issuedBy}", Width - 80, theme.Small);
            gfx.DrawString(left, theme.Small, Theme.Brush(Theme.Muted), box, XStringFormats.TopLeft);
            gfx.DrawString(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {_pages.Count}"), theme.Small, Theme.Brush(Theme.Muted), box, XStringFormats.TopRight);
        }
    }

    /// <summary>Footer and running header are one line each; the full number and names are on page one.</summary>
    private static string Shorten(XGraphics gfx, string text, double width, XFont font)
    {
        if (gfx.MeasureString(text, font).Width <= width)
            return text;
        // Cut inside words: a certificate number is one long word.
        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (gfx.MeasureString(text[..mid] + "…", font).Width <= width) low = mid; else high = mid - 1;
        }
        if (low > 0 && char.IsHighSurrogate(text[low - 1]))
            low--;
        return text[..low].TrimEnd() + "…";
    }

    public void Dispose()
    {
        foreach (var (_, gfx) in _pages)
            gfx.Dispose();
    }
}

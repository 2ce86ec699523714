using System.Globalization;
using PdfSharp.Drawing;

namespace Amsp.Reporting.Certificates;

/// <summary>The end of the certificate: the verdict, notes, the inspector's sign-off and the verification code.</summary>
internal static class ClosingBlocks
{
    public static void Verdict(PageFlow flow, CertificateDocument d)
    {
        const double height = 58;
        flow.Ensure(height + 10);
        var gfx = flow.Gfx;
        var theme = flow.Theme;
        var color = d.Passed ? Theme.Pass : Theme.Fail;
        gfx.DrawRectangle(new XPen(color, 1.4), flow.Left, flow.Y, flow.Width, height);
        gfx.DrawRectangle(Theme.Brush(color), flow.Left, flow.Y, 6, height);
        gfx.DrawString("VERDICT", theme.Label, Theme.Brush(Theme.Muted), new XRect(flow.Left + 18, flow.Y + 8, 120, 10), XStringFormats.TopLeft);
        gfx.DrawString(d.Passed ? "PASSED" : "FAILED", theme.Verdict, Theme.Brush(color), new XRect(flow.Left + 18, flow.Y + 18, 160, 32), XStringFormats.TopLeft);
        var passed = d.Measurements.Count(m => m.Passed);
        var statement = d.Passed
            ? "The part conforms to the specified requirements."
            : "The part does not conform to the specified requirements.";
        var detail = string.Create(CultureInfo.InvariantCulture, $"{passed} of {d.Measurements.Count} characteristics within tolerance.");
        var textX = flow.Left + 190;
        gfx.DrawString(statement, theme.ValueBold, Theme.Brush(Theme.Ink), new XRect(textX, flow.Y + 17, flow.Width - 200, 12), XStringFormats.TopLeft);
        gfx.DrawString(detail, theme.Value, Theme.Brush(Theme.Muted), new XRect(textX, flow.Y + 32, flow.Width - 200, 12), XStringFormats.TopLeft);
        flow.Y += height + 14;
    }

    public static void Notes(PageFlow flow, string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
            return;
        const double lineHeight = 11.5;
        var lines = TextWrap.Lines(flow.Gfx, notes.Trim(), flow.Theme.Value, flow.Width);
        flow.Ensure(16 + lineHeight * Math.Min(lines.Count, 3));
        Heading(flow, "Notes");
        foreach (var line in lines)
        {
            if (flow.Ensure(lineHeight))
                Heading(flow, "Notes (continued)");
            flow.Gfx.DrawString(line, flow.Theme.Value, Theme.Brush(Theme.Ink), new XRect(flow.Left, flow.Y, flow.Width, lineHeight), XStringFormats.TopLeft);
            flow.Y += lineHeight;
        }
        flow.Y += 10;
    }

    /// <summary>Sign-off and verification stay together on one page: a reader checks one against the other.</summary>
    public static void SignOffAndVerification(PageFlow flow, CertificateDocument d)
    {
        const double qrSize = 92;
        var theme = flow.Theme;
        var textWidth = flow.Width - qrSize - 20;
        var url = d.VerificationUrl.AbsoluteUri;
        var (urlFont, urlLines) = FitUrl(flow, url, textWidth);
        var half = (textWidth - 16) / 2;
        var inspector = TextWrap.Lines(flow.Gfx, d.InspectorName, theme.ValueBold, half);
        (string Label, XFont Font, double LineHeight, List<string> Lines)[] fields =
        [
            ("Verification code", theme.Code, 16, TextWrap.Lines(flow.Gfx, d.VerificationCode, theme.Code, textWidth)),
            ("Verify at", urlFont, 10.5, urlLines),
        ];
        var signOffHeight = 10 + inspector.Count * 11.5 + 6;
        var textHeight = signOffHeight + fields.Sum(f => 10 + f.Lines.Count * f.LineHeight + 4) + 14;
        flow.Ensure(18 + Math.Max(textHeight, qrSize));
        Heading(flow, "Inspection and verification");
        var gfx = flow.Gfx;
        var top = flow.Y;
        // Who inspected and when, side by side: the sign-off a reader looks for first.
        gfx.DrawString("Inspected by", theme.Label, Theme.Brush(Theme.Muted), new XRect(flow.Left, top, half, 10), XStringFormats.TopLeft);
        gfx.DrawString("Inspected at", theme.Label, Theme.Brush(Theme.Muted), new XRect(flow.Left + half + 16, top, half, 10), XStringFormats.TopLeft);
        gfx.DrawString(Theme.Date(d.InspectedAt), theme.Value, Theme.Brush(Theme.Ink), new XRect(flow.Left + half + 16, top + 10, half, 11.5), XStringFormats.TopLeft);
        for (var i = 0; i < inspector.Count; i++)
            gfx.DrawString(inspector[i], theme.ValueBold, Theme.Brush(Theme.Ink), new XRect(flow.Left, top + 10 + i * 11.5, half, 11.5), XStringFormats.TopLeft);
        var y = top + signOffHeight;
        foreach (var (label, font, lineHeight, lines) in fields)
        {
            gfx.DrawString(label, theme.Label, Theme.Brush(Theme.Muted), new XRect(flow.Left, y, textWidth, 10), XStringFormats.TopLeft);
            y += 10;
            var brush = Theme.Brush(label == "Verify at" ? Theme.Accent : Theme.Ink);
            foreach (var line in lines)
            {
                gfx.DrawString(line, font, brush, new XRect(flow.Left, y, textWidth, lineHeight), XStringFormats.TopLeft);
                y += lineHeight;
            }
            y += 4;
        }
        gfx.DrawString("Scan the code or open the address to check this certificate against the issuer's records.",
            theme.Small, Theme.Brush(Theme.Muted), new XRect(flow.Left, y, textWidth, 10), XStringFormats.TopLeft);
        QrCodeDrawing.Draw(gfx, url, flow.Left + flow.Width - qrSize, top, qrSize);
        flow.Y = Math.Max(y + 14, top + qrSize) + 6;
    }

    /// <summary>The address on one line where a smaller size allows it, so it can be copied whole.</summary>
    private static (XFont Font, List<string> Lines) FitUrl(PageFlow flow, string url, double width)
    {
        foreach (var size in new[] { 9.0, 8.0, 7.0 })
        {
            var font = Theme.Regular(size);
            if (flow.Gfx.MeasureString(url, font).Width <= width)
                return (font, [url]);
        }
        return (flow.Theme.Small, TextWrap.Lines(flow.Gfx, url, flow.Theme.Small, width));
    }

    public static void Heading(PageFlow flow, string title)
    {
        flow.Gfx.DrawString(title.ToUpperInvariant(), flow.Theme.Heading, Theme.Brush(Theme.Accent), new XRect(flow.Left, flow.Y, flow.Width, 11), XStringFormats.TopLeft);
        flow.Line(flow.Y + 12.5, Theme.Rule);
        flow.Y += 18;
    }
}

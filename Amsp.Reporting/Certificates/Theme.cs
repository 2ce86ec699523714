using System.Globalization;
using Amsp.Reporting.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Amsp.Reporting.Certificates;

/// <summary>The certificate's fonts, colours and value formats, in one place so every block looks alike.</summary>
internal sealed class Theme
{
    // Unicode encoding: names such as "Łódź" or "Müller" need glyphs outside WinAnsi.
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(20, bold: true);
    public XFont Heading { get; } = Font(9, bold: true);
    public XFont Label { get; } = Font(7.5, bold: false);
    public XFont Value { get; } = Font(9, bold: false);
    public XFont ValueBold { get; } = Font(9, bold: true);
    public XFont Small { get; } = Font(8, bold: false);
    public XFont Table { get; } = Font(8, bold: false);
    public XFont TableBold { get; } = Font(8, bold: true);
    public XFont Verdict { get; } = Font(26, bold: true);
    public XFont Code { get; } = Font(13, bold: true);

    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x29, 0x33);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x6B, 0x76);
    public static readonly XColor Accent = XColor.FromArgb(0x1D, 0x4E, 0x89);
    public static readonly XColor Rule = XColor.FromArgb(0xC5, 0xCD, 0xD5);
    public static readonly XColor Band = XColor.FromArgb(0xE9, 0xEE, 0xF3);
    public static readonly XColor Stripe = XColor.FromArgb(0xF6, 0xF8, 0xFA);
    public static readonly XColor Pass = XColor.FromArgb(0x1B, 0x7F, 0x3B);
    public static readonly XColor Fail = XColor.FromArgb(0xB4, 0x23, 0x18);

    public static XBrush Brush(XColor color) => new XSolidBrush(color);

    public static XFont Regular(double size) => Font(size, bold: false);

    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Options);

    /// <summary>Dates keep the offset they were recorded with, so the certificate shows the site's local time.</summary>
    public static string Date(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Deviation(double value) =>
        value.ToString("+0.00##;-0.00##;0.00", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} min {span.Seconds:00} s");
}

using System.Globalization;
using PdfSharp.Drawing;

namespace Amsp.Reporting.Certificates;

/// <summary>The top of page one: title, number and issue date, then who made what for whom, and how.</summary>
internal static class HeaderBlocks
{
    public static void Draw(PageFlow flow, CertificateDocument d)
    {
        var gfx = flow.Gfx;
        var theme = flow.Theme;
        var right = new XRect(flow.Left + flow.Width - 200, flow.Y, 200, 10);
        gfx.DrawString("Inspection certificate", theme.Title, Theme.Brush(Theme.Ink), new XRect(flow.Left, flow.Y, flow.Width - 210, 24), XStringFormats.TopLeft);
        gfx.DrawString("Record of the quality inspection of an additively manufactured part", theme.Small, Theme.Brush(Theme.Muted),
            new XRect(flow.Left, flow.Y + 28, flow.Width - 210, 10), XStringFormats.TopLeft);
        gfx.DrawString("Certificate no.", theme.Label, Theme.Brush(Theme.Muted), right, XStringFormats.TopRight);
        right.Offset(0, 10);
        foreach (var line in TextWrap.Lines(gfx, d.CertificateNumber, theme.ValueBold, right.Width))
        {
            gfx.DrawString(line, theme.ValueBold, Theme.Brush(Theme.Ink), right, XStringFormats.TopRight);
            right.Offset(0, 11.5);
        }
        right.Offset(0, 2);
        gfx.DrawString("Issued", theme.Label, Theme.Brush(Theme.Muted), right, XStringFormats.TopRight);
        right.Offset(0, 10);
        gfx.DrawString(Theme.Date(d.IssuedAt), theme.Value, Theme.Brush(Theme.Ink), right, XStringFormats.TopRight);
        flow.Y = Math.Max(flow.Y + 44, right.Y + 14);
        flow.Line(flow.Y, Theme.Accent, 1.2);
        flow.Y += 12;

        // Names, addresses and file names get the full width so they stay on one line (and copy as one string);
        // only the short production values share a row.
        FieldBlock.Row(flow, new FieldBlock("Supplier", Present([("Name", d.SupplierName), ("Site", d.SiteName), ("Address", d.SupplierAddress)])));
        FieldBlock.Row(flow, new FieldBlock("Customer and order", [("Customer", d.CustomerName),
            ("Order", string.Create(CultureInfo.InvariantCulture, $"{d.OrderNumber}, line {d.OrderLine}"))]));
        FieldBlock.Row(flow, new FieldBlock("Part", [("Part", d.PartName), ("Model file", d.ModelFileName), ("SHA-256", d.ModelSha256.ToLowerInvariant())]));
        FieldBlock.Row(flow,
            new FieldBlock("Production", [("Material", d.Material), ("Process", d.ProcessCategory), ("Printer", d.PrinterName)]),
            new FieldBlock("Print job", [("Started", Theme.Date(d.JobStartedAt)), ("Ended", Theme.Date(d.JobEndedAt)),
                ("Duration", Theme.Duration(d.JobEndedAt - d.JobStartedAt))]));
    }

    private static List<(string, string)> Present(IEnumerable<(string Label, string? Value)> fields) =>
        [.. fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => (f.Label, f.Value!))];
}

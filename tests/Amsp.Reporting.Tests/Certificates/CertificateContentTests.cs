using System.Text;
using Amsp.Reporting.Certificates;

namespace Amsp.Reporting.Tests.Certificates;

public class CertificateContentTests
{
    [Fact]
    public void Every_field_of_the_document_is_in_the_pdf_text()
    {
        var d = SampleCertificates.Passing();
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        string[] expected =
        [
            "Inspection certificate", d.CertificateNumber, "2026-11-25 14:30 UTC+01:00", d.SupplierName, d.SiteName,
            d.SupplierAddress!, d.CustomerName, d.OrderNumber, d.PartName, d.ModelFileName, d.ModelSha256, d.Material,
            d.ProcessCategory, d.PrinterName, "2026-11-24 08:30 UTC+01:00", "2026-11-24 20:18 UTC+01:00", "PASSED",
            d.InspectorName, "2026-11-25 12:30 UTC+01:00", d.VerificationCode, d.VerificationUrl.AbsoluteUri, d.Notes!,
        ];
        foreach (var text in expected)
            Assert.Contains(text, pdf.All, StringComparison.Ordinal);
        Assert.Contains($"{d.OrderNumber}, line 2", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_measurement_row_carries_its_values_and_verdict_on_one_line()
    {
        var rows = new List<CertificateMeasurement>
        {
            new("Wall thickness W1", 2.0, -0.05, 0.05, 2.031, true),
            new("Flatness F1", 0.2, 0, 0.1, 0.34, false, Unit: null),
            new("Hole position X", 12.5, -0.2, 0.2, null, false, Unit: "mm"),
        };
        var d = SampleCertificates.Passing() with { Measurements = rows, Passed = false };
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        Assert.Equal(["1", "Wall", "thickness", "W1", "mm", "2.00", "-0.05", "+0.05", "2.031", "PASS"], pdf.LineOf("W1"));
        Assert.Equal(["2", "Flatness", "F1", "0.20", "0.00", "+0.10", "0.34", "FAIL"], pdf.LineOf("F1"));
        Assert.Equal(["3", "Hole", "position", "X", "mm", "12.50", "-0.20", "+0.20", "not", "measured", "FAIL"], pdf.LineOf("X"));
        Assert.Contains("FAILED", pdf.All, StringComparison.Ordinal);
        Assert.Contains("does not conform", pdf.All, StringComparison.Ordinal);
        Assert.Contains("1 of 3 characteristics within tolerance", pdf.All, StringComparison.Ordinal);
        Assert.DoesNotContain("PASSED", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_continues_on_further_pages_with_its_header_and_every_row()
    {
        var d = SampleCertificates.Passing(rows: 120);
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        Assert.True(pdf.Pages.Count > 1, $"{pdf.Pages.Count} page(s)");
        for (var i = 1; i <= 120; i++)
        {
            var row = d.Measurements[i - 1];
            var line = pdf.LineOf($"D{i}");
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), line[0]);
            Assert.Contains(row.Nominal.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), line);
            Assert.Contains(row.Measured!.Value.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture), line);
            Assert.Equal("PASS", line[^1]);
        }
        var tablePages = pdf.Pages.Where(p => p.GetWords().Any(w => w.Text.StartsWith('D') && w.Text.Length > 1 && char.IsDigit(w.Text[1]))).ToList();
        Assert.True(tablePages.Count > 1);
        Assert.All(tablePages, p => Assert.Contains("CharacteristicUnitNominalLower tol.Upper tol.MeasuredResult", p.Text, StringComparison.Ordinal));
        for (var p = 0; p < pdf.Pages.Count; p++)
            Assert.Contains($"Page {p + 1} of {pdf.Pages.Count}", pdf.Pages[p].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_outside_ascii_round_trip()
    {
        var d = SampleCertificates.Passing() with
        {
            SupplierName = "Müller Präzisionsteile AG",
            SiteName = "Łódź – Zakład 2",
            CustomerName = "Søren Ærø ApS",
            InspectorName = "Zoë Šťastná-Øvergård",
            PartName = "Halter Ø 12 – Größe ±0,1",
            Notes = "Gemessen bei 20 °C; Δ < 5 µm.",
        };
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        foreach (var text in new[] { d.SupplierName, d.SiteName, d.CustomerName, d.InspectorName, d.PartName, d.Notes })
            Assert.Contains(text, pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_fonts_are_embedded_and_no_other_font_is_used()
    {
        var bytes = CertificateRenderer.Render(SampleCertificates.Passing());
        using var pdf = new PdfText(bytes);

        var fonts = pdf.Pages.SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("^([A-Z]{6}\\+)?DejaVu Sans(,Bold)?$", f));
        Assert.Contains(fonts, f => f!.EndsWith("DejaVu Sans,Bold", StringComparison.Ordinal));
        // Object dictionaries are not compressed: every font descriptor must point at an embedded TrueType program.
        var raw = Encoding.Latin1.GetString(bytes);
        var descriptors = Occurrences(raw, "/Type /FontDescriptor") + Occurrences(raw, "/Type/FontDescriptor");
        Assert.Equal(2, descriptors);
        Assert.Equal(descriptors, Occurrences(raw, "/FontFile2"));
    }

    [Fact]
    public void Long_notes_wrap_and_continue_without_losing_a_word()
    {
        var words = Enumerable.Range(1, 500).Select(i => $"w{i}").ToList();
        var d = SampleCertificates.Passing(rows: 30) with { Notes = string.Join(' ', words) };
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        var found = pdf.Pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        Assert.All(words, w => Assert.Contains(w, found));
    }

    [Fact]
    public void Long_values_wrap_inside_their_block_without_losing_a_word()
    {
        static string Words(string prefix, int n) => string.Join(' ', Enumerable.Range(1, n).Select(i => $"{prefix}{i}"));
        var d = SampleCertificates.Passing() with
        {
            CertificateNumber = "CERT-" + new string('7', 60),
            SupplierName = Words("supplier", 25),
            PartName = Words("part", 35),
            Material = Words("material", 8),
            InspectorName = Words("inspector", 8),
            VerificationCode = string.Concat(Enumerable.Repeat("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 2)),
        };
        using var pdf = new PdfText(CertificateRenderer.Render(d));

        var words = pdf.Pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        foreach (var value in new[] { d.SupplierName, d.PartName, d.Material, d.InspectorName })
            Assert.All(value.Split(' '), w => Assert.Contains(w, words));
        // One long word is cut by characters, in order, and nothing is dropped.
        var flat = pdf.All.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains(d.VerificationCode, flat, StringComparison.Ordinal);
        Assert.Contains(d.CertificateNumber, flat, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}

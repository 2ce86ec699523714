using System.Diagnostics;
using System.Globalization;
using Amsp.Reporting.Certificates;
using UglyToad.PdfPig;

namespace ReportingBench;

/// <summary>Mean time to render one certificate, and to read it back with PdfPig (the peer), after a warm-up.</summary>
internal static class CertificateBench
{
    public static void Run(int renders, int rows)
    {
        var document = Document(rows);
        byte[] pdf = [];
        for (var i = 0; i < 20; i++)
        {
            pdf = CertificateRenderer.Render(document);
            Read(pdf);
        }
        var render = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
            pdf = CertificateRenderer.Render(document with { CertificateNumber = $"CERT-2026-{i:000000}" });
        render.Stop();
        var characters = 0;
        var read = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
            characters += Read(pdf);
        read.Stop();
        using var opened = PdfDocument.Open(pdf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"certificate ({rows} measurement rows, {opened.NumberOfPages} page(s), {pdf.Length / 1024.0:0.0} KiB): render {render.Elapsed.TotalMilliseconds / renders:0.0} ms mean over {renders}; " +
            $"PdfPig read-back (open + all text) {read.Elapsed.TotalMilliseconds / renders:0.0} ms mean ({characters / renders} chars)"));
    }

    private static int Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Sum(p => p.Text.Length);
    }

    private static CertificateDocument Document(int rows)
    {
        var issued = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var measurements = Enumerable.Range(1, rows).Select(i => new CertificateMeasurement(
            $"Characteristic {i}", 20 + i, -0.2, 0.2, 20 + i + 0.05, true)).ToList();
        return new CertificateDocument("CERT-2026-000001", issued, "Bench Additive GmbH", "Hall 3", "Example Street 1, 12345 Example City",
            "Example Customer AG", "ORD-2026-000001", 1, "Housing", "housing.stl", new string('a', 64), "PETG", "MEX", "Prusa MK4 #7",
            issued.AddHours(-12), issued.AddHours(-4), measurements, true, "Inspector Example", issued.AddHours(-1), "ABCD-EFGH-JKLM",
            new Uri("https://amsp.example.com/verify/CERT-2026-000001"), "Bench run.");
    }
}

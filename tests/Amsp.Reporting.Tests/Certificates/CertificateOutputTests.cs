using System.Collections;
using Amsp.Reporting.Certificates;
using QRCoder;

namespace Amsp.Reporting.Tests.Certificates;

public class CertificateOutputTests
{
    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var d = SampleCertificates.Passing();
        Assert.Equal(CertificateRenderer.Render(d), CertificateRenderer.Render(d));
    }

    [Fact]
    public async Task Renders_on_several_threads_at_once_give_the_same_bytes_as_one_alone()
    {
        // The host renders certificates for concurrent requests; PDFsharp's font state is process-wide.
        var d = SampleCertificates.Passing(rows: 40);
        var expected = CertificateRenderer.Render(d);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CertificateRenderer.Render(d))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Another_certificate_number_gives_another_document_id()
    {
        var d = SampleCertificates.Passing();
        using var a = new PdfText(CertificateRenderer.Render(d));
        using var b = new PdfText(CertificateRenderer.Render(d with { CertificateNumber = "CERT-2026-000418" }));
        Assert.NotEqual(Id(a), Id(b));
    }

    [Fact]
    public void The_file_is_dated_by_the_issue_date_and_titled_by_the_number()
    {
        using var pdf = new PdfText(CertificateRenderer.Render(SampleCertificates.Passing()));
        var info = pdf.Document.Information;
        Assert.Equal(SampleCertificates.Issued, info.GetCreatedDateTimeOffset());
        Assert.Equal("Inspection certificate CERT-2026-000417", info.Title);
        Assert.All(pdf.Pages, p =>
        {
            Assert.Equal(595, p.Width, 0);
            Assert.Equal(842, p.Height, 0);
        });
    }

    [Fact]
    public void The_qr_runs_cover_exactly_the_dark_modules_of_the_url()
    {
        const string url = "https://amsp.example.com/verify/CERT-2026-000417?code=7K3Q-M9XD-2PLA";
        var (size, runs) = QrCodeDrawing.Modules(url);
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);

        Assert.Equal(expected.ModuleMatrix.Count, size);
        var drawn = Enumerable.Range(0, size).Select(_ => new BitArray(size)).ToList();
        foreach (var (row, column, length) in runs)
            for (var c = column; c < column + length; c++)
            {
                Assert.False(drawn[row][c], "runs overlap");
                drawn[row][c] = true;
            }
        for (var r = 0; r < size; r++)
            for (var c = 0; c < size; c++)
                Assert.Equal(expected.ModuleMatrix[r][c], drawn[r][c]);
    }

    private static string Id(PdfText pdf) =>
        pdf.Document.Structure.Trailer.Identifier[0].Data;
}

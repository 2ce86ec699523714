using Amsp.Reporting.Certificates;

namespace Amsp.Reporting.Tests.Certificates;

public class CertificateValidationTests
{
    public static TheoryData<string, Func<CertificateDocument, CertificateDocument>> MissingFields => new()
    {
        { "CertificateNumber", d => d with { CertificateNumber = "" } },
        { "SupplierName", d => d with { SupplierName = " " } },
        { "SiteName", d => d with { SiteName = null! } },
        { "CustomerName", d => d with { CustomerName = "" } },
        { "OrderNumber", d => d with { OrderNumber = "" } },
        { "OrderLine", d => d with { OrderLine = 0 } },
        { "PartName", d => d with { PartName = "" } },
        { "ModelFileName", d => d with { ModelFileName = "" } },
        { "ModelSha256", d => d with { ModelSha256 = "" } },
        { "ModelSha256", d => d with { ModelSha256 = new string('z', 64) } },
        { "Material", d => d with { Material = "" } },
        { "ProcessCategory", d => d with { ProcessCategory = "" } },
        { "PrinterName", d => d with { PrinterName = "" } },
        { "InspectorName", d => d with { InspectorName = null! } },
        { "VerificationCode", d => d with { VerificationCode = "" } },
        { "VerificationUrl", d => d with { VerificationUrl = null! } },
        { "VerificationUrl", d => d with { VerificationUrl = new Uri("/verify/1", UriKind.Relative) } },
        { "VerificationUrl", d => d with { VerificationUrl = new Uri("ftp://example.com/verify") } },
        { "IssuedAt", d => d with { IssuedAt = default } },
        { "InspectedAt", d => d with { InspectedAt = default } },
        { "JobEndedAt", d => d with { JobEndedAt = d.JobStartedAt.AddMinutes(-1) } },
        { "Measurements", d => d with { Measurements = null! } },
        { "Measurements[1]", d => d with { Measurements = [d.Measurements[0], null!] } },
        { "Measurements[0].Characteristic", d => d with { Measurements = [d.Measurements[0] with { Characteristic = "" }] } },
        { "Measurements[0].Measured", d => d with { Measurements = [d.Measurements[0] with { Measured = double.NaN }] } },
        { "Measurements[0].Nominal", d => d with { Measurements = [d.Measurements[0] with { Nominal = double.PositiveInfinity }] } },
        { "Measurements[0].LowerDeviation", d => d with { Measurements = [d.Measurements[0] with { LowerDeviation = 0.2, UpperDeviation = 0.1 }] } },
        { "Passed", d => d with { Measurements = [d.Measurements[0] with { Passed = false }], Passed = true } },
        { "Notes", d => d with { Notes = new string('n', 4_001) } },
        { "PartName", d => d with { PartName = new string('p', 301) } },
        { "CustomerName", d => d with { CustomerName = "Acme\u0000" } },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void A_missing_or_invalid_field_is_rejected_by_name(string field, Func<CertificateDocument, CertificateDocument> change)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => CertificateRenderer.Render(change(SampleCertificates.Passing())));
        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void A_null_document_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => CertificateRenderer.Render(null!));

    [Fact]
    public void Too_many_measurements_are_rejected_before_anything_else_is_read()
    {
        // Every other field is wrong too: the row count is the first check, so nothing else is looked at.
        var d = SampleCertificates.Passing(rows: 2_001) with { CertificateNumber = "", VerificationUrl = null! };
        var error = Assert.Throws<ArgumentException>(() => CertificateRenderer.Render(d));
        Assert.Equal("Measurements", error.ParamName);
        Assert.Contains("2000", error.Message.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_fields_may_be_absent_and_an_empty_table_renders()
    {
        var d = SampleCertificates.Passing() with { SupplierAddress = null, Notes = null, Measurements = [] };
        using var pdf = new PdfText(CertificateRenderer.Render(d));
        Assert.Contains("none recorded", pdf.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Address", pdf.All, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTES", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_maximum_table_renders()
    {
        var d = SampleCertificates.Passing(rows: 2_000);
        using var pdf = new PdfText(CertificateRenderer.Render(d));
        Assert.Contains("D2000", pdf.Pages[^1].Text + pdf.Pages[^2].Text, StringComparison.Ordinal);
        Assert.Contains($"Page {pdf.Pages.Count} of {pdf.Pages.Count}", pdf.Pages[^1].Text, StringComparison.Ordinal);
    }
}

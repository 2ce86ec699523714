using System.Security.Cryptography;
using System.Text;
using Amsp.Reporting.Fonts;
using PdfSharp.Pdf;

namespace Amsp.Reporting.Certificates;

/// <summary>Renders an inspection certificate as an A4 PDF with embedded fonts and a vector QR code.</summary>
public static class CertificateRenderer
{
    /// <summary>
    /// Renders <paramref name="document"/>. The same document gives the same bytes (dates and document id come
    /// from its content, not the clock).
    /// </summary>
    /// <exception cref="ArgumentException">A required field is missing or a value is out of range; the parameter name is the field.</exception>
    public static byte[] Render(CertificateDocument document)
    {
        CertificateValidator.Validate(document);
        EmbeddedFontResolver.EnsureInstalled();

        using var pdf = new PdfDocument();
        SetMetadata(pdf, document);
        using (var flow = new PageFlow(pdf, new Theme(), document.CertificateNumber))
        {
            flow.NewPage();
            HeaderBlocks.Draw(flow, document);
            MeasurementTable.Draw(flow, document.Measurements);
            ClosingBlocks.Verdict(flow, document);
            ClosingBlocks.Notes(flow, document.Notes);
            ClosingBlocks.SignOffAndVerification(flow, document);
            flow.Finish(document.SupplierName);
        }
        var id = pdf.Internals.FirstDocumentID;
        StableOutput.TagSubsets(pdf, id);
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        var bytes = output.ToArray();
        StableOutput.FixXmpIds(bytes, id);
        return bytes;
    }

    private static void SetMetadata(PdfDocument pdf, CertificateDocument d)
    {
        pdf.Info.Title = $"Inspection certificate {d.CertificateNumber}";
        pdf.Info.Subject = $"Order {d.OrderNumber} line {d.OrderLine}: {d.PartName}";
        pdf.Info.Author = d.SupplierName;
        pdf.Info.Creator = "AMSP";
        // The issue date, not the clock: rendering the same certificate again gives the same file.
        pdf.Info.CreationDate = d.IssuedAt.UtcDateTime;
        pdf.Info.ModificationDate = d.IssuedAt.UtcDateTime;
        // A 16-byte id, as PDFsharp makes its own; it also becomes the XMP DocumentID/InstanceID (as a GUID).
        var id = Encoding.Latin1.GetString(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.CertificateNumber}\n{d.IssuedAt:O}"))[..16]);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
    }
}

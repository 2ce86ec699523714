using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Amsp.Reporting.Tests.Certificates;

/// <summary>Reads a rendered certificate back the way a machine would: text per page, words with their positions.</summary>
internal sealed class PdfText : IDisposable
{
    private readonly PdfDocument _pdf;

    public PdfText(byte[] bytes)
    {
        _pdf = PdfDocument.Open(bytes);
        Pages = [.. _pdf.GetPages()];
        All = string.Join("\n", Pages.Select(p => p.Text));
    }

    public IReadOnlyList<Page> Pages { get; }
    public string All { get; }
    public PdfDocument Document => _pdf;

    /// <summary>The words on the same baseline as the first word equal to <paramref name="anchor"/>, left to right.</summary>
    public List<string> LineOf(string anchor)
    {
        foreach (var page in Pages)
        {
            var words = page.GetWords().ToList();
            var hit = words.FirstOrDefault(w => w.Text == anchor);
            if (hit is null)
                continue;
            return [.. words.Where(w => Math.Abs(w.BoundingBox.Bottom - hit.BoundingBox.Bottom) < 1.5)
                .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)];
        }
        throw new Xunit.Sdk.XunitException($"'{anchor}' is not in the PDF.");
    }

    public void Dispose() => _pdf.Dispose();
}

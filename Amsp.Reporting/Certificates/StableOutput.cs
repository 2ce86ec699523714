using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Amsp.Reporting.Certificates;

/// <summary>
/// Two things PDFsharp draws at random made two renders of one certificate differ: the six capitals naming each
/// embedded font subset ("QWERTY+DejaVu Sans") and the XMP DocumentID/InstanceID GUIDs. Both only have to tell
/// files (or subsets within a file) apart, so they are derived from the document id instead.
/// </summary>
internal static partial class StableOutput
{
    private static readonly string[] Keys = ["/BaseFont", "/FontName"];
    private static readonly byte[][] XmpIds = [Encoding.ASCII.GetBytes("<xmpMM:DocumentID>uuid:"), Encoding.ASCII.GetBytes("<xmpMM:InstanceID>uuid:")];

    /// <summary>Before saving: the subset tags.</summary>
    public static void TagSubsets(PdfDocument pdf, string documentId)
    {
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
                continue;
            foreach (var key in Keys)
            {
                if (dictionary.Elements.GetName(key) is not { Length: > 0 } name)
                    continue;
                var match = Tagged().Match(name);
                if (match.Success)
                    dictionary.Elements.SetName(key, "/" + Tag(documentId, match.Groups[1].Value) + "+" + match.Groups[1].Value);
            }
        }
    }

    /// <summary>
    /// After saving: the XMP ids, which PDFsharp writes during the save. The packet is not compressed and a GUID
    /// has a fixed length, so overwriting it in place leaves every offset of the cross-reference table valid.
    /// </summary>
    public static void FixXmpIds(byte[] pdf, string documentId)
    {
        var guid = new Guid(Encoding.Latin1.GetBytes(documentId).AsSpan(0, 16)).ToString("D");
        var replacement = Encoding.ASCII.GetBytes(guid);
        foreach (var marker in XmpIds)
        {
            var at = pdf.AsSpan().IndexOf(marker);
            if (at >= 0 && at + marker.Length + replacement.Length <= pdf.Length)
                replacement.CopyTo(pdf.AsSpan(at + marker.Length));
        }
    }

    private static string Tag(string documentId, string fontName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(documentId + "\n" + fontName));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    [GeneratedRegex("^/[A-Z]{6}\\+(.+)$")]
    private static partial Regex Tagged();
}

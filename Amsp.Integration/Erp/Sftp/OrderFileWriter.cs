using System.Text;
using System.Xml;

namespace Amsp.Integration.Erp.Sftp;

/// <summary>Writes the order export as CSV (UTF-8, header row, CRLF) or XML (<c>urn:amsp:erp:orders:v1</c>).</summary>
public static class OrderFileWriter
{
    public const string XmlNamespace = "urn:amsp:erp:orders:v1";

    public static async Task WriteAsync(Stream output, string format, IEnumerable<ErpOrderRow> rows, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (format == "xml")
        {
            await WriteXmlAsync(output, rows, exportedAt);
            return;
        }
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', ErpOrderRow.Columns));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', row.Values().Select(Csv.Field)));
        }
    }

    private static async Task WriteXmlAsync(Stream output, IEnumerable<ErpOrderRow> rows, DateTimeOffset exportedAt)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "orders", XmlNamespace);
        await xml.WriteAttributeStringAsync(null, "exported_at", null, exportedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var row in rows)
        {
            await xml.WriteStartElementAsync(null, "order", XmlNamespace);
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
            {
                // An absent value is an absent element, not an empty one.
                if (values[i] is { } value)
                {
                    await xml.WriteElementStringAsync(null, ErpOrderRow.Columns[i], XmlNamespace, XmlSafe(value));
                }
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    // Characters XML cannot carry (control characters a customer typed) become U+FFFD rather than failing the export.
    private static string XmlSafe(string value) =>
        value.All(XmlConvert.IsXmlChar) ? value : string.Concat(value.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}

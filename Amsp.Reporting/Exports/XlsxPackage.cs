using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;

namespace Amsp.Reporting.Exports;

/// <summary>
/// The .xlsx container written as a plain zip in create mode: each part is streamed into its entry once, in
/// order. The SDK's own package (System.IO.Packaging) needs read-write access, and in that mode it keeps every
/// part in memory until it closes — about 200 MB for 100,000 lines; this keeps memory flat.
/// </summary>
internal sealed class XlsxPackage(Stream output) : IDisposable
{
    public const string Orders = "xl/worksheets/sheet1.xml";
    public const string Summary = "xl/worksheets/sheet2.xml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Opens one part for writing; dispose the stream before opening the next.</summary>
    public Stream Part(string name) => _zip.CreateEntry(name, CompressionLevel.Optimal).Open();

    /// <summary>Writes a small part from its SDK element (workbook, styles).</summary>
    public void Part(string name, OpenXmlElement root)
    {
        using var stream = Part(name);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(root.OuterXml);
    }

    /// <summary>The content types and relationships that tie workbook, sheets and styles together.</summary>
    public void WriteManifest()
    {
        Text("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>
            """);
        Text("_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """);
        Text("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="{Relationships}/worksheet" Target="worksheets/sheet2.xml"/>
            <Relationship Id="rId3" Type="{Relationships}/styles" Target="styles.xml"/>
            </Relationships>
            """);
    }

    private void Text(string name, string content)
    {
        using var stream = Part(name);
        stream.Write(new UTF8Encoding(false).GetBytes(content));
    }

    public void Dispose() => _zip.Dispose();
}

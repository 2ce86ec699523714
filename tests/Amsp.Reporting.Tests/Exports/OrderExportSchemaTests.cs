using Amsp.Reporting.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Amsp.Reporting.Tests.Exports;

public class OrderExportSchemaTests
{
    [Fact]
    public async Task The_workbook_is_a_valid_office_open_xml_package()
    {
        // The package is written by hand (zip, content types, relationships): the SDK's schema validator checks it
        // the way Excel would, which a reader as forgiving as ClosedXML does not.
        var rows = Enumerable.Range(1, 25).Select(i => new OrderExportRow(
            $"ORD-{i}", 1, new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), "Delivered", " Leading space", null, "Part", "PLA", "MEX",
            i, 2.5m, 2.5m * i, i % 2 == 0 ? "CHF" : "EUR", new DateOnly(2026, 12, 1), null));
        var filter = new OrderExportFilter(null, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), null, "ACME", null, "ACME",
            new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var output = new MemoryStream();
        await OrderExportWriter.WriteAsync(output, OrderExportTests.Stream(rows), filter, CancellationToken.None);

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.Equal(["Orders", "Summary"], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart);
    }
}

using Amsp.Reporting.Exports;
using ClosedXML.Excel;

namespace ReportingBench;

/// <summary>
/// The peer: the same Orders sheet (typed cells, per-currency money format, frozen header, autofilter, widths)
/// and summary figures written with ClosedXML 0.95.4, which holds the whole workbook in memory until SaveAs.
/// </summary>
internal static class ClosedXmlExport
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<OrderExportRow> rows, OrderExportFilter filter)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Orders");
        string[] headers = ["Order", "Line", "Ordered (UTC)", "Status", "Customer", "AM centre", "Part", "Material", "Process",
            "Quantity", "Unit price", "Total", "Currency", "Due date", "Delivered (UTC)"];
        for (var c = 0; c < headers.Length; c++)
            sheet.Cell(1, c + 1).Value = headers[c];
        var r = 1;
        var totals = new Dictionary<string, decimal>();
        await foreach (var row in rows)
        {
            r++;
            var money = $"#,##0.00 \"{row.Currency}\"";
            sheet.Cell(r, 1).Value = row.OrderNumber;
            sheet.Cell(r, 2).Value = row.Line;
            sheet.Cell(r, 3).Value = row.OrderedAt.UtcDateTime;
            sheet.Cell(r, 3).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
            sheet.Cell(r, 4).Value = row.Status;
            sheet.Cell(r, 5).Value = row.Customer;
            sheet.Cell(r, 6).Value = row.AmCentre;
            sheet.Cell(r, 7).Value = row.PartName;
            sheet.Cell(r, 8).Value = row.Material;
            sheet.Cell(r, 9).Value = row.Process;
            sheet.Cell(r, 10).Value = row.Quantity;
            sheet.Cell(r, 11).Value = row.UnitPrice;
            sheet.Cell(r, 11).Style.NumberFormat.Format = money;
            sheet.Cell(r, 12).Value = row.Total;
            sheet.Cell(r, 12).Style.NumberFormat.Format = money;
            sheet.Cell(r, 13).Value = row.Currency;
            if (row.DueDate is { } due)
            {
                sheet.Cell(r, 14).Value = due.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(r, 14).Style.NumberFormat.Format = "yyyy-mm-dd";
            }
            if (row.DeliveredAt is { } delivered)
            {
                sheet.Cell(r, 15).Value = delivered.UtcDateTime;
                sheet.Cell(r, 15).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
            }
            totals[row.Currency] = totals.GetValueOrDefault(row.Currency) + (row.Total ?? 0);
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, r, headers.Length).SetAutoFilter();
        for (var c = 1; c <= headers.Length; c++)
            sheet.Column(c).Width = 16;
        var summary = book.AddWorksheet("Summary");
        summary.Cell(1, 1).Value = "Scope";
        summary.Cell(1, 2).Value = filter.Scope;
        summary.Cell(2, 1).Value = "Rows";
        summary.Cell(2, 2).Value = r - 1;
        var s = 3;
        foreach (var (currency, total) in totals)
        {
            summary.Cell(s, 1).Value = currency;
            summary.Cell(s++, 2).Value = total;
        }
        // ClosedXML 0.95 writes synchronously and needs a seekable stream: save to memory, then copy.
        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output);
    }
}

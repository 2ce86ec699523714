using DocumentFormat.OpenXml.Spreadsheet;

namespace Amsp.Reporting.Exports;

/// <summary>
/// Writes order lines as an .xlsx workbook: sheet "Orders" (one typed row per line, frozen header, autofilter) and
/// sheet "Summary" (the filter, row count, totals per currency, quantity total).
/// </summary>
public static class OrderExportWriter
{
    /// <summary>
    /// Streams <paramref name="rows"/> into a workbook on <paramref name="output"/>. Rows are written as they
    /// arrive and never held; memory stays flat with the row count. The workbook is built in a temporary file
    /// (deleted on close) and then copied asynchronously: the zip and XML writers write synchronously, which
    /// ASP.NET's response body does not allow. Nothing reaches
    /// <paramref name="output"/> unless the whole workbook was written.
    /// </summary>
    /// <exception cref="ArgumentException">A row's currency is not three capital letters, or there are more rows than a sheet holds.</exception>
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<OrderExportRow> rows, OrderExportFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        if (!output.CanWrite)
            throw new ArgumentException("The output stream is not writable.", nameof(output));

        var path = Path.Combine(Path.GetTempPath(), $"amsp-export-{Guid.NewGuid():N}.xlsx");
        await using var temp = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var package = new XlsxPackage(temp))
        {
            var styles = new ExportStyles();
            ExportTotals totals;
            await using (var orders = package.Part(XlsxPackage.Orders))
                totals = await OrdersSheet.WriteAsync(orders, rows, styles, ct).ConfigureAwait(false);
            await using (var summary = package.Part(XlsxPackage.Summary))
                SummarySheet.Write(summary, filter, totals, styles);
            package.Part("xl/styles.xml", styles.Build());
            package.Part("xl/workbook.xml", new Workbook(
                new Sheets(
                    new Sheet { Name = "Orders", SheetId = 1, Id = "rId1" },
                    new Sheet { Name = "Summary", SheetId = 2, Id = "rId2" }),
                // Excel keeps the autofilter range in this hidden name too; without it some versions drop the filter.
                new DefinedNames(new DefinedName($"Orders!$A$1:${SheetWriter.ColumnName(OrdersSheet.Columns.Length - 1)}${totals.Rows + 1}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
                })));
            package.WriteManifest();
        }
        ct.ThrowIfCancellationRequested();
        temp.Position = 0;
        await temp.CopyToAsync(output, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}

using System.Runtime.CompilerServices;
using Amsp.Reporting.Exports;
using ClosedXML.Excel;

namespace Amsp.Reporting.Tests.Exports;

public class OrderExportTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 25, 9, 15, 0, TimeSpan.FromHours(1));

    private static readonly OrderExportFilter Filter = new(
        From: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), To: null, Status: "Delivered", Customer: null,
        AmCentre: null, Scope: "Acme Robotics GmbH", GeneratedAt: Generated);

    private static OrderExportRow Row(int i, string currency = "EUR", decimal? total = null) => new(
        OrderNumber: $"ORD-2026-{i:00000}", Line: i % 3 + 1,
        OrderedAt: new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.FromHours(2)).AddHours(i),
        Status: i % 2 == 0 ? "Delivered" : "Printing", Customer: "Acme Robotics GmbH", AmCentre: i % 4 == 0 ? null : "Nordwerk Augsburg",
        PartName: $"Bracket {i}", Material: "PA12", Process: "PBF-P", Quantity: i,
        UnitPrice: 12.5m + i, Total: total ?? (12.5m + i) * i, Currency: currency,
        DueDate: new DateOnly(2026, 12, 1).AddDays(i), DeliveredAt: i % 2 == 0 ? new DateTimeOffset(2026, 11, 20, 16, 45, 0, TimeSpan.Zero) : null);

    private static async Task<XLWorkbook> Export(IEnumerable<OrderExportRow> rows, OrderExportFilter? filter = null, Stream? output = null)
    {
        var stream = output ?? new MemoryStream();
        await OrderExportWriter.WriteAsync(stream, Stream(rows), filter ?? Filter, CancellationToken.None);
        var bytes = stream is MemoryStream m ? m.ToArray() : ((NonSeekableStream)stream).Written.ToArray();
        return new XLWorkbook(new MemoryStream(bytes));
    }

    internal static async IAsyncEnumerable<OrderExportRow> Stream(IEnumerable<OrderExportRow> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }

    [Fact]
    public async Task Rows_are_written_as_typed_cells_under_a_frozen_filtered_header()
    {
        using var book = await Export(Enumerable.Range(1, 5).Select(i => Row(i)));
        var sheet = book.Worksheet("Orders");

        string[] headers = ["Order", "Line", "Ordered (UTC)", "Status", "Customer", "AM centre", "Part", "Material", "Process",
            "Quantity", "Unit price", "Total", "Currency", "Due date", "Delivered (UTC)"];
        Assert.Equal(headers, Enumerable.Range(1, 15).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(6, sheet.LastRowUsed().RowNumber());

        var r = sheet.Row(3); // Row(2)
        var expected = Row(2);
        Assert.Equal("ORD-2026-00002", r.Cell(1).GetString());
        Assert.Equal(XLDataType.Number, r.Cell(2).DataType);
        Assert.Equal(3, r.Cell(2).GetValue<int>());
        Assert.Equal(XLDataType.DateTime, r.Cell(3).DataType);
        Assert.Equal(expected.OrderedAt.UtcDateTime, r.Cell(3).GetDateTime());
        Assert.Equal("Delivered", r.Cell(4).GetString());
        Assert.Equal("Bracket 2", r.Cell(7).GetString());
        Assert.Equal(XLDataType.Number, r.Cell(10).DataType);
        Assert.Equal(2, r.Cell(10).GetValue<int>());
        Assert.Equal(XLDataType.Number, r.Cell(11).DataType);
        Assert.Equal(14.5m, r.Cell(11).GetValue<decimal>());
        Assert.Equal(29m, r.Cell(12).GetValue<decimal>());
        Assert.Contains("\"EUR\"", r.Cell(12).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal("EUR", r.Cell(13).GetString());
        Assert.Equal(XLDataType.DateTime, r.Cell(14).DataType);
        Assert.Equal(new DateTime(2026, 12, 3), r.Cell(14).GetDateTime());
        Assert.Equal(new DateTime(2026, 11, 20, 16, 45, 0), r.Cell(15).GetDateTime());
        Assert.True(sheet.Row(2).Cell(15).IsEmpty(), "an undelivered line has no delivery date");
        Assert.True(sheet.Row(5).Cell(6).IsEmpty(), "no AM centre");

        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:O6", sheet.AutoFilter.Range.RangeAddress.ToString());
        for (var c = 1; c <= 15; c++)
            Assert.True(sheet.Column(c).Width > 5, $"column {c} has width {sheet.Column(c).Width}");
        Assert.InRange(sheet.Column(1).Width, 16, 19);
        Assert.True(sheet.Column(2).Width < sheet.Column(7).Width, "a narrow line number, a wide part name");
    }

    [Fact]
    public async Task The_summary_repeats_the_filter_and_totals_each_currency()
    {
        var rows = Enumerable.Range(1, 40).Select(i => Row(i, i % 3 == 0 ? "USD" : "EUR", total: i == 7 ? 0.1m : null)).ToList();
        rows.Add(Row(41, "USD") with { UnitPrice = null, Total = null });
        using var book = await Export(rows);
        var summary = Values(book.Worksheet("Summary"));

        Assert.Equal("Acme Robotics GmbH", summary["Scope"].GetString());
        Assert.Equal(Generated.UtcDateTime, summary["Generated at (UTC)"].GetDateTime());
        Assert.Equal(new DateTime(2026, 10, 1), summary["From (UTC)"].GetDateTime());
        Assert.Equal("all", summary["To (UTC)"].GetString());
        Assert.Equal("Delivered", summary["Status"].GetString());
        Assert.Equal("all", summary["Customer"].GetString());
        Assert.Equal("all", summary["AM centre"].GetString());
        Assert.Equal(41, summary["Rows"].GetValue<int>());
        Assert.Equal(rows.Sum(r => r.Quantity), summary["Quantity total"].GetValue<int>());

        foreach (var currency in new[] { "EUR", "USD" })
        {
            var line = summary[currency].WorksheetRow();
            var mine = rows.Where(r => r.Currency == currency).ToList();
            Assert.Equal(mine.Sum(r => r.Total ?? 0), line.Cell(2).GetValue<decimal>());
            Assert.Contains($"\"{currency}\"", line.Cell(2).Style.NumberFormat.Format, StringComparison.Ordinal);
            Assert.Equal(mine.Count, line.Cell(3).GetValue<int>());
            Assert.Equal(mine.Count(r => r.Total is not null), line.Cell(4).GetValue<int>());
        }
        var orders = book.Worksheet("Orders");
        var usdRow = orders.RowsUsed().First(r => r.Cell(13).GetString() == "USD");
        Assert.Contains("\"USD\"", usdRow.Cell(12).Style.NumberFormat.Format, StringComparison.Ordinal);
        var eurRow = orders.RowsUsed().First(r => r.Cell(13).GetString() == "EUR");
        Assert.Contains("\"EUR\"", eurRow.Cell(11).Style.NumberFormat.Format, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_export_has_the_header_and_says_zero_rows()
    {
        using var book = await Export([]);
        var sheet = book.Worksheet("Orders");
        Assert.Equal("Order", sheet.Cell(1, 1).GetString());
        Assert.Equal(1, sheet.LastRowUsed().RowNumber());
        var summary = Values(book.Worksheet("Summary"));
        Assert.Equal(0, summary["Rows"].GetValue<int>());
        Assert.Equal(0, summary["Quantity total"].GetValue<int>());
    }

    /// <summary>Column B of each row, keyed by column A.</summary>
    private static Dictionary<string, IXLCell> Values(IXLWorksheet sheet) =>
        sheet.RowsUsed().Where(r => !r.Cell(1).IsEmpty())
            .GroupBy(r => r.Cell(1).GetString()).ToDictionary(g => g.Key, g => g.First().Cell(2));
}

using Amsp.Reporting.Exports;

namespace Amsp.Reporting.Tests.Exports;

public class OrderExportLimitTests
{
    [Fact]
    public async Task More_lines_than_a_sheet_holds_are_refused_by_name()
    {
        // The real limit is Excel's 1,048,575 data rows; the same check with a small limit keeps the test fast.
        var rows = OrderExportTests.Stream(Enumerable.Range(1, 11).Select(i => new OrderExportRow(
            $"ORD-{i}", 1, new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), "Quoted", "ACME", null, "Part", null, null,
            1, null, null, "EUR", null, null)));
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            OrdersSheet.WriteAsync(new MemoryStream(), rows, new ExportStyles(), CancellationToken.None, maxLines: 10));
        Assert.Equal("rows", error.ParamName);
        Assert.Contains("More than 10 order lines", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_048_575, OrdersSheet.MaxLines);
    }
}

using Amsp.Reporting.Exports;
using ClosedXML.Excel;

namespace Amsp.Reporting.Tests.Exports;

public class OrderExportStreamTests
{
    private static readonly OrderExportFilter Filter = new(null, null, null, null, null, "all organizations",
        new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    private static OrderExportRow Row(int i, string currency = "EUR") => new(
        $"ORD-{i}", 1, new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), "Quoted", "Müller & Söhne <KG>", null,
        $"Part \"{i}\"", null, null, 1, null, null, currency, null, null);

    [Fact]
    public async Task A_non_seekable_response_body_gets_the_whole_workbook_by_asynchronous_writes()
    {
        var body = new NonSeekableStream();
        await OrderExportWriter.WriteAsync(body, OrderExportTests.Stream(Enumerable.Range(1, 3).Select(i => Row(i))), Filter, CancellationToken.None);

        using var book = new XLWorkbook(new MemoryStream(body.Written.ToArray()));
        Assert.Equal("Müller & Söhne <KG>", book.Worksheet("Orders").Cell(2, 5).GetString());
        Assert.Equal("Part \"3\"", book.Worksheet("Orders").Cell(4, 7).GetString());
        Assert.True(book.Worksheet("Orders").Cell(2, 11).IsEmpty(), "no unit price");
    }

    [Fact]
    public async Task A_bad_currency_fails_the_export_and_writes_nothing()
    {
        var output = new MemoryStream();
        var rows = Enumerable.Range(1, 10).Select(i => Row(i, i == 7 ? "EUR\" 0" : "EUR"));
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            OrderExportWriter.WriteAsync(output, OrderExportTests.Stream(rows), Filter, CancellationToken.None));
        Assert.Contains("Row 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Cancelling_stops_the_export_and_writes_nothing()
    {
        using var cts = new CancellationTokenSource();
        var output = new MemoryStream();
        async IAsyncEnumerable<OrderExportRow> Rows()
        {
            for (var i = 1; i <= 1_000; i++)
            {
                if (i == 50)
                    await cts.CancelAsync();
                await Task.Yield();
                yield return Row(i);
            }
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OrderExportWriter.WriteAsync(output, Rows(), Filter, cts.Token));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Control_characters_are_dropped_instead_of_breaking_the_file()
    {
        var output = new MemoryStream();
        var row = Row(1) with { PartName = "Bracket\u0001 v2\u0000", Customer = "Zoë 😀 GmbH" };
        await OrderExportWriter.WriteAsync(output, OrderExportTests.Stream([row]), Filter, CancellationToken.None);

        using var book = new XLWorkbook(new MemoryStream(output.ToArray()));
        Assert.Equal("Bracket v2", book.Worksheet("Orders").Cell(2, 7).GetString());
        Assert.Equal("Zoë 😀 GmbH", book.Worksheet("Orders").Cell(2, 5).GetString());
    }

    [Fact]
    public async Task Null_arguments_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => OrderExportWriter.WriteAsync(null!, OrderExportTests.Stream([]), Filter, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => OrderExportWriter.WriteAsync(new MemoryStream(), null!, Filter, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => OrderExportWriter.WriteAsync(new MemoryStream(), OrderExportTests.Stream([]), null!, CancellationToken.None));
    }
}

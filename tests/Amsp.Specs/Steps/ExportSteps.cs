using System.Net;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using ClosedXML.Excel;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// The Excel export an AM centre's ERP imports: the centre's manufacturer downloads the orders of a period, and the
/// workbook is read back cell by cell, with the types an ERP import relies on.
/// </summary>
[Binding]
public sealed class ExportSteps(Actors actors, Journey journey) : IDisposable
{
    private XLWorkbook? workbook;
    private (DateTimeOffset From, DateTimeOffset To) period;
    private List<IXLRow> rows = [];
    private Dictionary<string, int> columns = [];

    [When(@"^the manufacturer exports the orders of the month of the last order as Excel$")]
    public async Task Export()
    {
        var placed = (await (await actors.AsAsync(journey.Orderer)).GetJsonAsync($"/api/orders/{journey.Number}")).GetProperty("createdAt").GetDateTimeOffset().ToUniversalTime();
        var from = new DateTimeOffset(placed.Year, placed.Month, 1, 0, 0, 0, TimeSpan.Zero);
        period = (from, from.AddMonths(1));
        using var response = await (await actors.AsAsync("manufacturer")).GetAsync($"/api/orders/export.xlsx?from={Iso(period.From)}&to={Iso(period.To)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Orders");
        columns = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        rows = [.. sheet.RowsUsed().Skip(1)];
    }

    [Then(@"^the workbook holds the orders of that month with their numbers, customers, quantities and totals$")]
    public async Task HoldsTheMonth()
    {
        var customer = await actors.AsAsync(journey.Orderer);
        var inMonth = 0;
        foreach (var number in journey.Placed)
        {
            var order = await customer.GetJsonAsync($"/api/orders/{number}");
            var row = rows.SingleOrDefault(r => r.Cell(columns["Order"]).GetString() == number);
            var created = order.GetProperty("createdAt").GetDateTimeOffset();
            if (created < period.From || created >= period.To)
            {
                continue;
            }
            inMonth++;
            Assert.NotNull(row);
            var quantity = (await customer.GetJsonAsync($"/api/requirements/{order.Id("requirementId")}")).GetProperty("quantity").GetInt32();
            var accepted = order.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("status").GetString() == "Accepted");
            Assert.Equal("Acme Robotics GmbH", row.Cell(columns["Customer"]).GetString());
            Assert.Equal(XLDataType.Number, row.Cell(columns["Quantity"]).DataType);
            Assert.Equal(quantity, row.Cell(columns["Quantity"]).GetValue<int>());
            Assert.Equal(XLDataType.Number, row.Cell(columns["Total"]).DataType);
            Assert.Equal(accepted.GetProperty("total").GetDecimal(), row.Cell(columns["Total"]).GetValue<decimal>());
            Assert.Equal(XLDataType.DateTime, row.Cell(columns["Ordered (UTC)"]).DataType);
        }
        Assert.NotEqual(0, inMonth);
    }

    [Then(@"^the workbook leaves out the (\d+) orders? placed before that month$")]
    public async Task LeavesOut(int count)
    {
        var customer = await actors.AsAsync(journey.Orderer);
        var earlier = 0;
        foreach (var number in journey.Placed)
        {
            if ((await customer.GetJsonAsync($"/api/orders/{number}")).GetProperty("createdAt").GetDateTimeOffset() < period.From)
            {
                earlier++;
                Assert.DoesNotContain(rows, r => r.Cell(columns["Order"]).GetString() == number);
            }
        }
        Assert.Equal(count, earlier);
    }

    public void Dispose() => workbook?.Dispose();

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}

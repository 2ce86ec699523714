using System.Globalization;
using System.Net;
using System.Text.Json;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Integration.Machine;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// An ERP pulling orders through the OData feed as a machine client: a person of its organization makes the client,
/// the ERP gets a token with the client's credentials (<c>/connect/token</c>) and follows the feed's next links.
/// </summary>
[Binding]
public sealed class ErpFeedSteps(Actors actors, Journey journey)
{
    private (DateTimeOffset From, DateTimeOffset To) day;
    private List<JsonElement> rows = [];

    [When(@"^the AM centre's ERP pulls the orders created that day, with their lines, through the OData feed$")]
    public async Task Pull()
    {
        var created = journey.CurrentOrder.GetProperty("createdAt").GetDateTimeOffset().ToUniversalTime();
        day = (new DateTimeOffset(created.Date, TimeSpan.Zero), new DateTimeOffset(created.Date, TimeSpan.Zero).AddDays(1));
        using var erp = await MachineClientAsync("manufacturer", DemoData.CentreId);
        rows = await PullAsync(erp);
    }

    [Then(@"^it gets both orders, each with one line at the accepted quote's price, and no order of another day$")]
    public async Task GetsBoth()
    {
        Assert.Equal(2, journey.Placed.Count);
        var customer = await actors.AsAsync(journey.Orderer);
        foreach (var number in journey.Placed)
        {
            var accepted = (await customer.GetJsonAsync($"/api/orders/{number}")).GetProperty("quotes").EnumerateArray()
                .Single(q => q.GetProperty("status").GetString() == "Accepted");
            var row = Assert.Single(rows, r => r.GetProperty("Number").GetString() == number);
            var line = Assert.Single(row.GetProperty("Lines").EnumerateArray());
            Assert.Equal(1, line.GetProperty("LineNumber").GetInt32());
            Assert.Equal(accepted.GetProperty("total").GetDecimal(), line.GetProperty("Amount").GetDecimal());
            Assert.Equal(accepted.GetProperty("currency").GetString(), line.GetProperty("Currency").GetString());
        }
        Assert.All(rows, r => Assert.InRange(r.GetProperty("CreatedAt").GetDateTimeOffset(), day.From, day.To.AddTicks(-1)));
    }

    [Then(@"^a machine client of another organization gets none of them$")]
    public async Task OtherGetsNone()
    {
        using var other = await MachineClientAsync("other customer", DemoData.GlobexId);
        var theirs = await PullAsync(other);
        Assert.DoesNotContain(theirs, r => journey.Placed.Contains(r.GetProperty("Number").GetString()!));
        foreach (var number in journey.Placed)
        {
            var id = (await (await actors.AsAsync(journey.Orderer)).GetJsonAsync($"/api/orders/{number}")).Id();
            using var lookup = await other.GetAsync($"/odata/Orders({id})");
            Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        }
    }

    /// <summary>A machine client of <paramref name="organization"/> made by <paramref name="who"/>, holding a token of its own.</summary>
    private async Task<HttpClient> MachineClientAsync(string who, Guid organization) =>
        await actors.Host.CreateMachineHttpClientAsync(await (await actors.AsAsync(who)).CreateMachineClientAsync(organization, "orders.read"));

    private async Task<List<JsonElement>> PullAsync(HttpClient erp)
    {
        var filter = Uri.EscapeDataString($"CreatedAt ge {Iso(day.From)} and CreatedAt lt {Iso(day.To)}");
        string? next = $"/odata/Orders?$filter={filter}&$expand=Lines&$orderby=Number";
        var found = new List<JsonElement>();
        for (var page = 0; next is not null; page++)
        {
            Assert.True(page < 100, "The feed's next links never ended.");
            var body = await erp.GetJsonAsync(next);
            found.AddRange(body.GetProperty("value").EnumerateArray());
            next = body.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }
        return found;
    }

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

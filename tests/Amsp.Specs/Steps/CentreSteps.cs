using System.Globalization;
using System.Net;
using System.Text.Json;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// AM centres as the platform's administrator registers them, and the quotes they make: each centre prices an order
/// from its own price list, and the customer chooses between them (ISO/IEC 23510 Annex A, distributed manufacturing).
/// </summary>
[Binding]
public sealed class CentreSteps(Actors actors, Journey journey, OrderingSteps ordering, ProductionSteps production)
{
    [Given(@"^the administrator has registered the AM centre ""([^""]+)"" printing ""([^""]+)"" on a MEX printer with a setup fee of (\d+) EUR$")]
    public async Task RegisterCentre(string name, string material, int setupFee)
    {
        var admin = await actors.AsAsync("administrator");
        var address = PlatformApi.Address("FR");
        var centre = (await admin.PostJsonAsync("/api/organizations", new { kind = "AmCentre", legalName = name, address }, HttpStatusCode.Created)).Id();
        var site = (await admin.PostJsonAsync($"/api/organizations/{centre}/sites", new { name = $"{name} floor", address }, HttpStatusCode.Created)).Id();
        var loaded = (await admin.PostJsonAsync($"/api/organizations/{centre}/materials", new
        {
            name = material, process = "MEX", density = 1.24, colours = new[] { "Black" }, pricingBasis = "PerKg", unitPrice = 30,
            minWallThickness = 0.8, layerHeights = new[] { 0.2 },
        }, HttpStatusCode.Created)).Id();
        await admin.PostJsonAsync($"/api/organizations/{centre}/printers", new
        {
            name = $"{name} MEX", process = "MEX", buildVolume = new { x = 250, y = 250, z = 250 }, siteId = site,
            loadedMaterialId = loaded, loadedColour = "Black", controller = "Virtual",
        }, HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/organizations/{centre}/price-lists", new
        {
            name = "Standard", currency = "EUR", setupFee, machineHourlyRate = 4, marginPercent = 10, quoteValidityDays = 7,
        }, HttpStatusCode.Created);
    }

    [Then(@"^the order has a quote from ""([^""]+)"" and one from ""([^""]+)""$")]
    public async Task QuotesFrom(string first, string second)
    {
        var centres = (await ordering.ReloadAsync()).Offered().Select(q => q.GetProperty("amCentreName").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), centres);
    }

    [Then(@"^the quote of ""([^""]+)"" includes a setup fee of ([\d.]+) EUR$")]
    public async Task SetupFee(string centre, string amount)
    {
        var quote = QuoteOf(await ordering.ReloadAsync(), centre);
        Assert.Equal("EUR", quote.GetProperty("currency").GetString());
        var setup = quote.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "Setup");
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), setup.GetProperty("amount").GetDecimal());
    }

    [When(@"^the customer accepts the quote of ""([^""]+)""$")]
    public async Task Accept(string centre)
    {
        var quote = QuoteOf(journey.CurrentOrder, centre);
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).PostJsonAsync($"/api/orders/{journey.Number}/quotes/{quote.Id()}/accept", new { }));
    }

    [Then(@"^the quote of ""([^""]+)"" is ""(\w+)""$")]
    public async Task QuoteIs(string centre, string status) =>
        Assert.Equal(status, QuoteOf(await ordering.ReloadAsync(), centre).GetProperty("status").GetString());

    [Then(@"^the order's parts are queued on the printer ""([^""]+)""$")]
    public async Task QueuedOn(string printer)
    {
        var trace = await production.TraceAsync();
        var jobs = trace.GetProperty("printJobs").EnumerateArray().ToList();
        Assert.Equal(trace.GetProperty("requirement").GetProperty("quantity").GetInt32(), jobs.Count);
        Assert.All(jobs, j => Assert.Equal((printer, "Queued"), (j.GetProperty("printer").GetString(), j.GetProperty("status").GetString())));
    }

    private static JsonElement QuoteOf(JsonElement order, string centre) =>
        order.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("amCentreName").GetString() == centre);
}

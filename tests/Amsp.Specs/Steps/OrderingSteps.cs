using System.Globalization;
using System.Net;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>A customer orders a part over the order API, as the web app does.</summary>
[Binding]
public sealed class OrderingSteps(Actors actors, Journey journey)
{
    [Given(@"^the customer has uploaded the sample part ""([^""]+)""$")]
    public async Task UploadSample(string sample)
    {
        var customer = await actors.AsAsync("customer");
        journey.Model = (await customer.UploadSampleAsync(sample)).GetProperty("model").Id();
    }

    [When(@"^the (customer|other customer) orders it with the requirement$")]
    public Task OrderUploaded(string who, Table requirement) =>
        SubmitAsync(who, RequirementTable.Build(journey.Model ?? throw new InvalidOperationException("Nothing was uploaded."), requirement));

    [When(@"^the (customer|other customer) orders the sample part ""([^""]+)""$")]
    public Task OrderSample(string who, string sample) => OrderFileAsync(who, File.ReadAllBytes(PlatformApi.SamplePath(sample)), sample, null);

    [When(@"^the (customer|other customer) orders the sample part ""([^""]+)"" with the requirement$")]
    public Task OrderSampleWith(string who, string sample, Table requirement) =>
        OrderFileAsync(who, File.ReadAllBytes(PlatformApi.SamplePath(sample)), sample, requirement);

    [When(@"^the customer orders the sample part ""([^""]+)"" in ""([^""]+)""$")]
    public Task OrderSampleIn(string sample, string material) =>
        OrderFileAsync("customer", File.ReadAllBytes(PlatformApi.SamplePath(sample)), sample, Table("material", material));

    [When(@"^the customer orders the sample part ""([^""]+)"" stretched by (\d+) % along X$")]
    public Task OrderStretched(string sample, int percent) =>
        OrderFileAsync("customer", MeshVariants.StretchedX(sample, 1 + (percent / 100f)), $"stretched-{sample}", null);

    [When(@"^the customer orders the sample part ""([^""]+)"" with triangles (\d+) and (\d+) missing$")]
    public Task OrderWithHoles(string sample, int first, int second) =>
        OrderFileAsync("customer", MeshVariants.WithoutTriangles(sample, first, second), $"holes-{sample}", null);

    [Then(@"^the order is ""(\w+)""$")]
    public async Task OrderIs(string status) => Assert.Equal(status, (await ReloadAsync()).Status());

    [Then(@"^the order's reasons mention ""([^""]+)""$")]
    public async Task ReasonsMention(string words)
    {
        var reasons = (await ReloadAsync()).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains(words, StringComparison.Ordinal));
    }

    [Then(@"^the order has no quotes$")]
    public async Task NoQuotes() => Assert.Empty((await ReloadAsync()).GetProperty("quotes").EnumerateArray());

    [Then(@"^every quote of the order is ""(\w+)""$")]
    public async Task EveryQuoteIs(string status)
    {
        var quotes = (await ReloadAsync()).GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(status, q.GetProperty("status").GetString()));
    }

    [Then(@"^the customer cannot accept a quote of the order$")]
    public async Task CannotAccept()
    {
        var customer = await actors.AsAsync(journey.Orderer);
        await (await customer.PostAsync($"/api/orders/{journey.Number}/quotes/{Guid.NewGuid()}/accept", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [When(@"^the customer corrects the requirement to$")]
    public async Task Correct(Table requirement)
    {
        var customer = await actors.AsAsync(journey.Orderer);
        var id = journey.CurrentOrder.Id("requirementId");
        var model = (await customer.GetJsonAsync($"/api/requirements/{id}")).Id("modelId");
        await customer.PutJsonAsync($"/api/requirements/{id}", RequirementTable.Build(model, requirement));
    }

    [When(@"^the customer resubmits the order$")]
    public async Task Resubmit() =>
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).PostJsonAsync($"/api/orders/{journey.Number}/resubmit", new { }));

    [Then(@"^the order keeps its number$")]
    public void KeepsNumber() => Assert.Equal(journey.FirstNumber, journey.Number);

    [Then(@"^the order went through ""([^""]+)""$")]
    public async Task WentThrough(string statuses) =>
        Assert.Equal(statuses.Split(", "), (await ReloadAsync()).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));

    [When(@"^the customer confirms the units are ""(mm|inch)""$")]
    public async Task ConfirmUnits(string units) =>
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).PostJsonAsync($"/api/orders/{journey.Number}/units", new { units }));

    [Then(@"^the part is quoted at ([\d.]+) mm across its largest side$")]
    public async Task QuotedAtSize(string millimetres)
    {
        var size = (await ReloadAsync()).GetProperty("analysis").GetProperty("mesh").GetProperty("sizeMm").EnumerateArray().Max(x => x.GetDouble());
        Assert.Equal(double.Parse(millimetres, CultureInfo.InvariantCulture), size, 3);
    }

    [When(@"^the customer rejects the quotes$")]
    public async Task RejectQuotes() =>
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).PostJsonAsync($"/api/orders/{journey.Number}/reject", new { }));

    /// <summary>The order as its customer sees it now.</summary>
    public async Task<System.Text.Json.JsonElement> ReloadAsync()
    {
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).GetJsonAsync($"/api/orders/{journey.Number}"));
        return journey.CurrentOrder;
    }

    private async Task OrderFileAsync(string who, byte[] file, string name, Table? requirement)
    {
        journey.Orderer = who;
        journey.Saw(await (await actors.AsAsync(who)).OrderAsync(file, name, model =>
        {
            journey.Model = model;
            return RequirementTable.Build(model, requirement);
        }));
    }

    private async Task SubmitAsync(string who, Dictionary<string, object?> requirement)
    {
        journey.Orderer = who;
        journey.Saw(await (await actors.AsAsync(who)).SubmitAsync(requirement));
    }

    private static Table Table(string field, string value)
    {
        var table = new Table("field", "value");
        table.AddRow(field, value);
        return table;
    }
}

using System.Text.Json;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// What the people of an order do once a quote is accepted (ISO/IEC 23510 §5.6–§5.8): the quality inspector enters
/// the measurements of the inspection plan, the manufacturer hands the parts to a carrier and records the delivery,
/// and the customer follows it all in the order's trace.
/// </summary>
[Binding]
public sealed class ProductionSteps(Actors actors, Journey journey, OrderingSteps ordering)
{
    [When(@"^the customer accepts the quote$")]
    public async Task Accept()
    {
        Assert.NotEmpty(journey.CurrentOrder.Offered());
        journey.Saw(await (await actors.AsAsync(journey.Orderer)).AcceptFirstAsync(journey.CurrentOrder));
    }

    [Given(@"^the customer has ordered and accepted the sample part ""([^""]+)""$")]
    public async Task OrderedAndAccepted(string sample)
    {
        await ordering.OrderSample("customer", sample);
        await Accept();
    }

    [Given(@"^the customer has ordered and accepted the sample part ""([^""]+)"" with the requirement$")]
    public async Task OrderedAndAcceptedWith(string sample, Table requirement)
    {
        await ordering.OrderSampleWith("customer", sample, requirement);
        await Accept();
    }

    [Given(@"^the customer has ordered and accepted the sample parts ""([^""]+)"" and ""([^""]+)""$")]
    public async Task OrderedAndAcceptedBoth(string first, string second)
    {
        await OrderedAndAccepted(first);
        await OrderedAndAccepted(second);
    }

    [Then(@"^the inspector sees the order among the awaited inspections$")]
    public async Task InspectorSees()
    {
        var queue = await (await actors.AsAsync("inspector")).GetJsonAsync("/api/inspections?status=Awaiting&pageSize=200");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("orderNumber").GetString() == journey.Number);
    }

    [When(@"^the inspector records every line of the inspection plan within tolerance$")]
    public Task InspectWithin() => InspectAsync(null, 0, null);

    [When(@"^the inspector measures ""([^""]+)"" at ([\d.]+) mm, the rest as drawn, and notes ""([^""]+)""$")]
    public Task InspectOne(string characteristic, decimal measured, string nonconformity) => InspectAsync(characteristic, measured, nonconformity);

    [Then(@"^the inspection failed on ""([^""]+)"" alone$")]
    public async Task FailedOn(string characteristic)
    {
        var latest = (await InspectionsAsync())[0];
        Assert.Equal("Failed", latest.GetProperty("status").GetString());
        var failing = latest.GetProperty("characteristics").EnumerateArray().Where(c => c.GetProperty("passed").GetBoolean() is false);
        Assert.Equal([characteristic], failing.Select(c => c.GetProperty("name").GetString()));
    }

    [Then(@"^the order's inspections are ""([^""]+)""$")]
    public async Task Inspections(string statuses) =>
        Assert.Equal(statuses.Split(", "), (await TraceAsync()).GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("status").GetString()));

    [Then(@"^the order's print jobs are ""([^""]+)""$")]
    public async Task PrintJobs(string statuses) =>
        Assert.Equal(statuses.Split(", "), (await TraceAsync()).GetProperty("printJobs").EnumerateArray().Select(j => j.GetProperty("status").GetString()));

    [When(@"^the manufacturer hands the parts to ""([^""]+)"" with the tracking number ""([^""]+)""$")]
    public async Task Ship(string carrier, string trackingNumber) =>
        journey.Saw(await (await actors.AsAsync("manufacturer")).PostJsonAsync($"/api/orders/{journey.Number}/shipment", new { carrier, trackingNumber, packages = 1 }));

    [When(@"^the manufacturer records the delivery$")]
    public async Task Delivered() =>
        journey.Saw(await (await actors.AsAsync("manufacturer")).PostJsonAsync($"/api/orders/{journey.Number}/delivered", new { }));

    [Then(@"^the customer sees the parts on their way with ""([^""]+)"" under ""([^""]+)""$")]
    public async Task OnTheirWay(string carrier, string trackingNumber)
    {
        Assert.Equal("Shipped", (await ordering.ReloadAsync()).Status());
        var shipment = Assert.Single((await TraceAsync()).GetProperty("shipments").EnumerateArray());
        Assert.Equal(carrier, shipment.GetProperty("carrier").GetString());
        Assert.Equal(trackingNumber, shipment.GetProperty("trackingNumber").GetString());
    }

    /// <summary>The whole chain of the order as its customer reads it for an audit.</summary>
    public async Task<JsonElement> TraceAsync() =>
        await (await actors.AsAsync(journey.Orderer)).GetJsonAsync($"/api/orders/{journey.Number}/trace");

    private async Task<JsonElement> InspectionsAsync() =>
        await (await actors.AsAsync("inspector")).GetJsonAsync($"/api/orders/{journey.Number}/inspections");

    /// <summary>Every line of the awaited plan answered: at nominal, but <paramref name="odd"/> at <paramref name="measured"/>; the visual check accepted.</summary>
    private async Task InspectAsync(string? odd, decimal measured, string? nonconformity)
    {
        var awaited = (await InspectionsAsync())[0];
        Assert.Equal("Awaiting", awaited.GetProperty("status").GetString());
        var lines = awaited.GetProperty("characteristics").EnumerateArray().ToList();
        Assert.True(odd is null || lines.Any(c => c.GetProperty("name").GetString() == odd), $"The inspection plan has no line '{odd}'.");
        var measurements = lines.Select(c => c.GetProperty("kind").GetString() == "Visual"
            ? (object)new { characteristic = c.GetProperty("name").GetString(), accepted = true }
            : new { characteristic = c.GetProperty("name").GetString(), measured = c.GetProperty("name").GetString() == odd ? measured : c.GetProperty("nominal").GetDecimal() });
        journey.Saw(await (await actors.AsAsync("inspector")).PostJsonAsync($"/api/orders/{journey.Number}/inspection", new { measurements, nonconformity }));
    }
}

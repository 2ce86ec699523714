using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Host.Tests.Production;

namespace Amsp.Host.Tests.Integration.OData;

/// <summary>
/// The production host with orders on both sides of an organization boundary, made once for the feed's tests: Acme's
/// bracket printed on the virtual printers, inspected, certified, shipped and delivered; two more Acme orders left
/// quoted; and a Globex order accepted, so the demo AM centre makes orders for two customers.
/// </summary>
public sealed class ODataWorld : ProductionHostFixture
{
    private readonly Lazy<Task<FeedData>> data;

    public ODataWorld() => data = new(SeedAsync);

    public sealed record FeedData(JsonElement Delivered, JsonElement[] Quoted, JsonElement Globex);

    /// <summary>The orders, made by the first test that asks.</summary>
    public Task<FeedData> DataAsync() => data.Value;

    private async Task<FeedData> SeedAsync()
    {
        using var acme = await this.CreateClientAsAsync(AmspRoles.Customer);
        using var inspector = await this.CreateClientAsAsync(AmspRoles.QualityInspector);
        using var manufacturer = await this.CreateClientAsAsync(AmspRoles.Manufacturer);
        using var globex = await this.CreateClientAsAsync(DemoUsers.OtherCustomer);

        var order = await acme.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m));
        var number = order.Number();
        Assert.Equal("Printing", (await acme.AcceptFirstAsync(order)).Status());
        await PrintUntilPrintedAsync(acme, number);
        Assert.Equal("Inspecting", (await inspector.InspectAsync(number)).Status());
        await manufacturer.PostJsonAsync($"/api/orders/{number}/shipment", new { carrier = "DHL", trackingNumber = "JD014600006281", packages = 1 });
        Assert.Equal("Delivered", (await manufacturer.PostJsonAsync($"/api/orders/{number}/delivered", new { })).Status());

        var quoted = new[]
        {
            await acme.OrderAsync(Cube.BinaryStl(20), "quoted-1.stl", m => OrderFlows.Requirement(m, material: "PLA")),
            await acme.OrderAsync(Cube.BinaryStl(25), "quoted-2.stl", m => OrderFlows.Requirement(m, material: "PLA")),
        };
        Assert.All(quoted, q => Assert.Equal("Quoted", q.Status()));
        var theirs = await globex.OrderAsync(Cube.BinaryStl(20), "globex.stl", m => OrderFlows.Requirement(m, material: "PLA"));
        Assert.Equal("Printing", (await globex.AcceptFirstAsync(theirs)).Status());
        return new FeedData(await acme.OrderAsync(number), quoted, await globex.OrderAsync(theirs.Number()));
    }
}

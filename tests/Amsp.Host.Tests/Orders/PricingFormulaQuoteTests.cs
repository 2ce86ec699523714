using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>
/// An AM centre that prices with a formula (beside the demo centre's price list): the formula gets the part's measures,
/// the convex hull's volume among them, and a formula that fails costs that centre its quote, never the other's.
/// </summary>
public sealed class PricingFormulaQuoteTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task A_centres_formula_prices_its_quote_and_a_failing_formula_fails_only_that_quote()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var centre = (await admin.PostJsonAsync("/api/organizations",
            new { kind = "AmCentre", legalName = "Formula Works", address = PlatformApi.Address("AT") }, HttpStatusCode.Created)).Id();
        var material = (await admin.PostJsonAsync($"/api/organizations/{centre}/materials", new
        {
            name = "PLA", process = "MEX", density = 1.24, colours = new[] { "Black" }, pricingBasis = "PerKg", unitPrice = 30,
            minWallThickness = 0.8, layerHeights = new[] { 0.2 },
        }, HttpStatusCode.Created)).Id();
        await admin.PostJsonAsync($"/api/organizations/{centre}/printers", new
        {
            name = "Formula MEX", process = "MEX", buildVolume = new { x = 250, y = 210, z = 210 }, loadedMaterialId = material, loadedColour = "Black",
            controller = "Virtual",
        }, HttpStatusCode.Created);
        var listBody = new Dictionary<string, object>
        {
            ["name"] = "By formula", ["currency"] = "EUR", ["setupFee"] = 0, ["machineHourlyRate"] = 1, ["marginPercent"] = 0, ["quoteValidityDays"] = 14,
            // The hull of a 20 mm cube is the cube: 8 cm³; two parts.
            ["pricingScript"] = "[{ description: 'Hull', amount: Math.round(input.part.convexHullVolume * 1000) / 1000 * input.quantity },"
                + " { description: 'Part', amount: Math.round(input.part.volume * 1000) / 1000 }]",
        };
        var list = (await admin.PostJsonAsync($"/api/organizations/{centre}/price-lists", listBody, HttpStatusCode.Created)).Id();
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);

        var order = await customer.OrderAsync(Cube.BinaryStl(20), "cube-20.stl", m => OrderFlows.Requirement(m, material: "PLA", quantity: 2));

        Assert.Equal("Quoted", order.Status());
        var formula = QuoteOf(order, "Formula Works");
        Assert.Equal("Offered", formula.GetProperty("status").GetString());
        Assert.Equal([16m, 8m], formula.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()));
        Assert.Equal(24m, formula.GetProperty("total").GetDecimal());
        Assert.Equal(8, formula.GetProperty("estimate").GetProperty("convexHullCm3").GetDouble(), 1e-9);
        // The price list's quote needs no hull: none is built for it.
        var demo = QuoteOf(order, "Demo AM Centre B.V.");
        Assert.Equal("Offered", demo.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, demo.GetProperty("estimate").GetProperty("convexHullCm3").ValueKind);

        listBody["pricingScript"] = "while (true) {}";
        await admin.PutJsonAsync($"/api/price-lists/{list}", listBody);
        var next = await customer.OrderAsync(Cube.BinaryStl(21), "cube-21.stl", m => OrderFlows.Requirement(m, material: "PLA"));

        Assert.Equal("Quoted", next.Status());
        var failed = QuoteOf(next, "Formula Works");
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.StartsWith("The pricing formula failed", failed.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Offered", QuoteOf(next, "Demo AM Centre B.V.").GetProperty("status").GetString());
    }

    private static JsonElement QuoteOf(JsonElement order, string centre) =>
        order.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("amCentreName").GetString() == centre);
}

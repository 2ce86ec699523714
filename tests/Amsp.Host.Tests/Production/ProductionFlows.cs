using System.Text.Json;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Production;

/// <summary>What the people of an order do over HTTP once a quote is accepted.</summary>
public static class ProductionFlows
{
    public static async Task<JsonElement> OrderAsync(this HttpClient client, string number) => await client.GetJsonAsync($"/api/orders/{number}");

    /// <summary>The awaited inspection's plan, each line answered: dimensions at nominal + <paramref name="offset"/> mm, the visual check accepted.</summary>
    public static async Task<JsonElement> InspectAsync(this HttpClient inspector, string number, decimal offset = 0.01m, string? nonconformity = null)
    {
        var inspection = (await inspector.GetJsonAsync($"/api/orders/{number}/inspections"))[0];
        Assert.Equal("Awaiting", inspection.GetProperty("status").GetString());
        var measurements = inspection.GetProperty("characteristics").EnumerateArray().Select(c => c.GetProperty("kind").GetString() == "Visual"
            ? (object)new { characteristic = c.GetProperty("name").GetString(), accepted = true }
            : new { characteristic = c.GetProperty("name").GetString(), measured = c.GetProperty("nominal").GetDecimal() + offset }).ToList();
        return await inspector.PostJsonAsync($"/api/orders/{number}/inspection", new { measurements, nonconformity });
    }

    public static object Bracket(Guid model, int quantity = 2) => OrderFlows.Requirement(model, material: "PLA", quantity: quantity,
        dimensions: [new { name = "Hole spacing", nominal = 40, upperDeviation = 0.2, lowerDeviation = -0.2, method = "caliper" }]);
}

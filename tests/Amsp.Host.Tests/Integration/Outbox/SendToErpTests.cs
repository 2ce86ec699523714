using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>An analyst adds a Send to ERP step to the order workflow; its event is written for the order like the platform's own.</summary>
public sealed class SendToErpTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private const string Definition = "order-to-delivery";

    [Fact]
    public async Task The_step_writes_its_rendered_event_and_a_template_that_is_not_liquid_is_an_incident()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        await PublishAsync(analyst, """{"orderNumber":"{{ order.number }}","status":"{{ order.status }}","kind":"release"}""");
        var order = await acme.OrderSampleAsync("bracket.stl");
        Assert.Equal("Quoted", order.Status());
        var sent = Assert.Single((await acme.GetJsonAsync($"/api/integration/events?orderNumber={order.Number()}&type=erp.order-released"))
            .GetProperty("items").EnumerateArray());
        var data = sent.GetProperty("body").GetProperty("data");
        Assert.Equal((order.Number(), "Requested", "release"),
            (data.GetProperty("orderNumber").GetString(), data.GetProperty("status").GetString(), data.GetProperty("kind").GetString()));
        Assert.Equal("v1", sent.GetProperty("version").GetString());

        await PublishAsync(analyst, """{"orderNumber":"{{ order.number """);
        var broken = await acme.OrderSampleAsync("bracket.stl");
        var instance = await operatorClient.GetJsonAsync($"/api/workflow-instances/{broken.GetProperty("instanceId").GetString()}");
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Contains("payload template is not valid Liquid", incident.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, (await acme.GetJsonAsync($"/api/integration/events?orderNumber={broken.Number()}&type=erp.order-released")).GetProperty("total").GetInt32());
    }

    // The shipped workflow with a Send to ERP step right after a valid intake.
    private static async Task PublishAsync(HttpClient analyst, string template)
    {
        var definition = JsonNode.Parse((await analyst.GetJsonAsync($"/api/workflow-definitions/{Definition}?version=published")).GetRawText())!.AsObject();
        var root = definition["root"]!.AsObject();
        var connections = root["connections"]!.AsArray();
        var valid = connections.Single(c => c!["source"]!["activity"]!.GetValue<string>() == "intake" && c["source"]!["outcome"]!.GetValue<string>() == "Valid")!;
        var next = valid["target"]!["activity"]!.GetValue<string>();
        connections.Remove(valid);
        var activities = root["activities"]!.AsArray();
        var existing = activities.FirstOrDefault(a => a!["id"]!.GetValue<string>() == "erp");
        if (existing is not null)
        {
            activities.Remove(existing);
            connections.Remove(connections.Single(c => c!["source"]!["activity"]!.GetValue<string>() == "erp"));
        }
        activities.Add(new JsonObject
        {
            ["id"] = "erp", ["type"] = "SendToErp", ["displayName"] = "Tell the ERP",
            ["inputs"] = new JsonObject
            {
                ["EventType"] = new JsonObject { ["syntax"] = "Literal", ["value"] = "erp.order-released" },
                ["PayloadTemplate"] = new JsonObject { ["syntax"] = "Literal", ["value"] = template },
            },
        });
        connections.Add(Connection("intake", "Valid", "erp"));
        connections.Add(Connection("erp", "Done", next));
        var draft = await analyst.PostJsonAsync("/api/workflow-definitions", definition);
        await analyst.PostJsonAsync($"/api/workflow-definitions/{Definition}/publish?version={draft.GetProperty("version").GetInt32()}", new { });
    }

    private static JsonObject Connection(string from, string outcome, string to) =>
        new() { ["source"] = new JsonObject { ["activity"] = from, ["outcome"] = outcome }, ["target"] = new JsonObject { ["activity"] = to } };
}

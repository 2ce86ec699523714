using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>
/// The order workflow redesigned by an analyst through the definition API, published, and run by the next orders: the
/// copyright check skipped for a trusted customer organization (a Decision on the workflow's <c>organizationId</c>
/// input), everything else as shipped.
/// </summary>
public sealed class OrderWorkflowVariantTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private const string Definition = "order-to-delivery";

    [Fact]
    public async Task Trusted_customers_skip_the_copyright_review_others_still_get_it()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var published = JsonNode.Parse((await analyst.GetJsonAsync($"/api/workflow-definitions/{Definition}?version=published")).GetRawText())!.AsObject();
        var draft = await analyst.PostJsonAsync("/api/workflow-definitions", SkipCopyrightFor(published, DemoData.AcmeId));
        var version = draft.GetProperty("version").GetInt32();
        await analyst.PostJsonAsync($"/api/workflow-definitions/{Definition}/publish?version={version}", new { });
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        // Acme, trusted, goes straight to mesh detection: even Globex's protected spur gear, which the check refuses
        // Acme on the shipped workflow, is quoted; its instance, on the new version, never ran the check.
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var trusted = await acme.OrderSampleAsync("spur_gear.stl");
        Assert.Equal("Quoted", trusted.Status());
        var path = (await PathAsync(operatorClient, trusted)).ToString();
        Assert.Contains("\"trusted\"", path);
        Assert.DoesNotContain("\"copyright\"", path);
        var instance = await operatorClient.GetJsonAsync($"/api/workflow-instances/{trusted.GetProperty("instanceId").GetString()}");
        Assert.Equal(version, instance.GetProperty("instance").GetProperty("definitionVersion").GetInt32());

        // Globex is not trusted: its order passes through the copyright check as before.
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var other = await globex.OrderSampleAsync("bracket.stl");
        Assert.Equal("Quoted", other.Status());
        Assert.Contains("\"copyright\"", (await PathAsync(operatorClient, other)).ToString());
    }

    private static async Task<System.Text.Json.JsonElement> PathAsync(HttpClient client, System.Text.Json.JsonElement order) =>
        await client.GetJsonAsync($"/api/workflow-instances/{order.GetProperty("instanceId").GetString()}/path");

    private static JsonObject SkipCopyrightFor(JsonObject definition, Guid organization)
    {
        var root = definition["root"]!.AsObject();
        var connections = root["connections"]!.AsArray();
        var valid = connections.Single(c => c!["source"]!["activity"]!.GetValue<string>() == "intake" && c["source"]!["outcome"]!.GetValue<string>() == "Valid")!;
        connections.Remove(valid);
        root["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "trusted", ["type"] = "Decision", ["displayName"] = "Trusted customer?",
            ["inputs"] = new JsonObject { ["Condition"] = new JsonObject { ["syntax"] = "JavaScript", ["value"] = $"input.organizationId === '{organization}'" } },
        });
        connections.Add(Connection("intake", "Valid", "trusted"));
        connections.Add(Connection("trusted", "True", "detect"));
        connections.Add(Connection("trusted", "False", "copyright"));
        return definition;
    }

    private static JsonObject Connection(string from, string outcome, string to) =>
        new() { ["source"] = new JsonObject { ["activity"] = from, ["outcome"] = outcome }, ["target"] = new JsonObject { ["activity"] = to } };
}

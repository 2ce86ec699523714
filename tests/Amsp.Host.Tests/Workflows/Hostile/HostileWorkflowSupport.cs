using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>The real host with some limits lowered, so hostile definitions reach them in a test's time.</summary>
public sealed class LimitedHostFixture : AmspHostFixture
{
    public const int MaxActivitiesPerBurst = 5_000;
    public const int MaxDescendants = 20;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:Workflows:Limits:MaxActivitiesPerBurst", $"{MaxActivitiesPerBurst}");
        builder.UseSetting("Amsp:Workflows:Limits:MaxDescendants", $"{MaxDescendants}");
    }
}

/// <summary>Definitions as an analyst's browser sends them, and the calls an outside tester makes.</summary>
internal static class Hostile
{
    public static JsonObject Definition(string id, JsonArray activities, JsonArray connections, JsonObject? options = null, JsonArray? variables = null)
    {
        var definition = new JsonObject
        {
            ["definitionId"] = id, ["name"] = id,
            ["root"] = new JsonObject { ["activities"] = activities, ["connections"] = connections },
        };
        if (options is not null) definition["options"] = options;
        if (variables is not null) definition["variables"] = variables;
        return definition;
    }

    public static JsonObject Activity(string id, string type, params (string Name, JsonObject Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        if (inputs.Length > 0) activity["inputs"] = new JsonObject(inputs.Select(i => KeyValuePair.Create(i.Name, (JsonNode?)i.Value)));
        return activity;
    }

    public static JsonObject Lit(JsonNode? value) => new() { ["syntax"] = "Literal", ["value"] = value };

    public static JsonObject Js(string script) => new() { ["syntax"] = "JavaScript", ["value"] = script };

    public static JsonObject Connect(string from, string to, string outcome = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["outcome"] = outcome },
        ["target"] = new JsonObject { ["activity"] = to },
    };

    /// <summary>A loop of <paramref name="iterations"/> rounds (a JavaScript decision and increment), on purpose.</summary>
    public static JsonObject CountingLoop(string id, int iterations, JsonObject? options = null) => Definition(id,
        [Activity("start", "Start"),
         Activity("check", "Decision", ("Condition", Js($"variables.i < {iterations}"))),
         Activity("inc", "SetVariable", ("Variable", Lit("i")), ("Value", Js("variables.i + 1")))],
        [Connect("start", "check"), Connect("check", "inc", "True"), Connect("inc", "check")],
        options, new JsonArray(new JsonObject { ["name"] = "i", ["default"] = 0 }));

    public static async Task PublishAsync(this AmspHostFixture host, JsonObject definition)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var published = await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition);
        Assert.True(published.IsSuccessStatusCode, $"{(int)published.StatusCode}: {await published.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> ExecuteAsync(this HttpClient client, string definitionId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> InstanceAsync(this HttpClient client, string instanceId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}");

    public static async Task<List<JsonElement>> InstancesOfAsync(this HttpClient client, string definitionId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&pageSize=500")).GetProperty("items").EnumerateArray()];

    public static string Message(this JsonElement incident) => incident.GetProperty("message").GetString()!;

    /// <summary>The host survived: it still answers readiness (its database included).</summary>
    public static async Task AssertReadyAsync(this AmspHostFixture host)
    {
        using var client = host.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}

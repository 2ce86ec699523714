using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

public sealed class InstanceViewsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static JsonObject Scripted(string id, string script) => JsonNode.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "Scripted",
          "root": {
            "activities": [
              { "id": "start", "type": "Start" },
              { "id": "compute", "type": "RunJavaScript", "inputs": { "Script": { "syntax": "Literal", "value": {{JsonSerializer.Serialize(script)}} } } },
              { "id": "big", "type": "Decision", "inputs": { "Condition": { "syntax": "JavaScript", "value": "outputs.compute.Result > 10" } } },
              { "id": "wait", "type": "WaitForSignal", "inputs": { "Signal": { "syntax": "Literal", "value": "go" } } },
              { "id": "small", "type": "Log", "inputs": { "Message": { "syntax": "Literal", "value": "small" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "outcome": "Done" }, "target": { "activity": "compute" } },
              { "source": { "activity": "compute", "outcome": "Done" }, "target": { "activity": "big" } },
              { "source": { "activity": "big", "outcome": "True" }, "target": { "activity": "wait" } },
              { "source": { "activity": "big", "outcome": "False" }, "target": { "activity": "small" } }
            ]
          }
        }
        """)!.AsObject();

    private async Task<(string DefinitionId, HttpClient Operator, string InstanceId)> RunAsync(string script)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"scripted-{Guid.NewGuid():N}";
        (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", Scripted(id, script))).EnsureSuccessStatusCode();
        var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var run = await (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { })).Content.ReadFromJsonAsync<JsonObject>();
        return (id, operatorClient, (string)run!["instanceId"]!);
    }

    private static Dictionary<string, JsonElement> ByActivity(JsonElement path) =>
        path.GetProperty("activities").EnumerateArray().ToDictionary(a => a.GetProperty("activityId").GetString()!);

    [Fact]
    public async Task The_path_shows_each_activity_s_status_outputs_and_timing_and_the_connections_followed()
    {
        var (_, client, instanceId) = await RunAsync("6 * 7");
        using var _ = client;

        var path = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}/path");
        var runs = ByActivity(path);
        Assert.Equal(["start", "compute", "big", "wait"], runs.Keys);
        Assert.Equal("Completed", runs["compute"].GetProperty("status").GetString());
        Assert.Equal(42, runs["compute"].GetProperty("outputs").GetProperty("Result").GetInt32());
        Assert.Equal(["True"], runs["big"].GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("Suspended", runs["wait"].GetProperty("status").GetString());
        Assert.Equal(1, runs["compute"].GetProperty("executions").GetInt32());
        Assert.True(runs["compute"].GetProperty("finishedAt").GetDateTimeOffset() >= runs["compute"].GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(["start:Done->compute", "compute:Done->big", "big:True->wait"],
            path.GetProperty("connections").EnumerateArray().Select(c => c.GetString()));

        (await client.PostAsJsonAsync("/api/stimuli", new { name = "go" })).EnsureSuccessStatusCode();
        runs = ByActivity(await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}/path"));
        Assert.Equal("Completed", runs["wait"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_faulted_activity_shows_its_incident()
    {
        var (_, client, instanceId) = await RunAsync("throw new Error('no material')");
        using var _ = client;
        var runs = ByActivity(await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}/path"));
        Assert.Equal("Faulted", runs["compute"].GetProperty("status").GetString());
        Assert.Equal(1, runs["compute"].GetProperty("incidents").GetInt32());
        Assert.False(runs.ContainsKey("big"));
    }

    [Fact]
    public async Task The_definition_of_an_instance_is_its_own_version_with_the_types_it_uses()
    {
        var (definitionId, client, instanceId) = await RunAsync("1");
        using var _ = client;
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var v2 = Scripted(definitionId, "2");
        v2["name"] = "Scripted, version 2";
        (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", v2)).EnsureSuccessStatusCode();

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}/definition");
        Assert.Equal(1, view.GetProperty("definition").GetProperty("version").GetInt32());
        Assert.Equal("Scripted", view.GetProperty("definition").GetProperty("name").GetString());
        Assert.Equal(["Decision", "Log", "RunJavaScript", "Start", "WaitForSignal"],
            view.GetProperty("activityTypes").EnumerateArray().Select(t => t.GetProperty("type").GetString()).Order());
    }

    [Fact]
    public async Task Only_those_who_watch_instances_see_them_and_an_unknown_one_is_404()
    {
        var (_, client, instanceId) = await RunAsync("1");
        using var _ = client;
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        await (await analyst.GetAsync($"/api/workflow-instances/{instanceId}/path")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync($"/api/workflow-instances/{instanceId}/definition")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/workflow-instances/nope/path")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/workflow-instances/nope/definition")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

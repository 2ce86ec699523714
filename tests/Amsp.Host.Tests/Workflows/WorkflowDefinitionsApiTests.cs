using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

public sealed class WorkflowDefinitionsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    internal static JsonObject ReviewDefinition(string definitionId, string name = "Review") => JsonNode.Parse($$"""
        {
          "definitionId": "{{definitionId}}", "name": "{{name}}", "designerNote": "kept as is",
          "root": {
            "activities": [
              { "id": "start", "type": "Start" },
              { "id": "wait", "type": "WaitForSignal", "inputs": { "Signal": { "syntax": "Literal", "value": "review-done" } } },
              { "id": "mark", "type": "SetVariable", "inputs": {
                  "Variable": { "syntax": "Literal", "value": "reviewed" }, "Value": { "syntax": "JavaScript", "value": "true" } } },
              { "id": "end", "type": "Finish" }
            ],
            "connections": [
              { "source": { "activity": "start", "outcome": "Done" }, "target": { "activity": "wait" } },
              { "source": { "activity": "wait", "outcome": "Done" }, "target": { "activity": "mark" } },
              { "source": { "activity": "mark", "outcome": "Done" }, "target": { "activity": "end" } }
            ]
          }
        }
        """)!.AsObject();

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task An_analyst_takes_a_definition_through_its_lifecycle()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"review-{Guid.NewGuid():N}";

        var v1 = await ReadObjectAsync(await analyst.PostAsJsonAsync("/api/workflow-definitions", ReviewDefinition(id)));
        Assert.Equal(1, (int)v1["version"]!);
        Assert.False((bool)v1["isPublished"]!);
        Assert.Equal("kept as is", (string?)v1["designerNote"]);

        var published = await ReadObjectAsync(await analyst.PostAsync($"/api/workflow-definitions/{id}/publish", null));
        Assert.True((bool)published["isPublished"]!);
        Assert.Equal(1, (int)(await ReadObjectAsync(await analyst.GetAsync($"/api/workflow-definitions/{id}?version=published")))["version"]!);

        var v2 = await ReadObjectAsync(await analyst.PostAsJsonAsync("/api/workflow-definitions", ReviewDefinition(id, "Review, edited")));
        Assert.Equal(2, (int)v2["version"]!);
        var reverted = await ReadObjectAsync(await analyst.PostAsync($"/api/workflow-definitions/{id}/revert/1", null));
        Assert.Equal(3, (int)reverted["version"]!);
        Assert.Equal("Review", (string?)reverted["name"]);

        var versions = await analyst.GetFromJsonAsync<JsonElement>($"/api/workflow-definitions/{id}/versions");
        Assert.Equal([1, 2, 3], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([true, false, false], versions.EnumerateArray().Select(v => v.GetProperty("isPublished").GetBoolean()));

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"/api/workflow-definitions/{id}/versions/3")).StatusCode);
        await (await analyst.DeleteAsync($"/api/workflow-definitions/{id}/versions/1")).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/workflow-definitions/{id}/retract", null)).StatusCode);
        await (await analyst.GetAsync($"/api/workflow-definitions/{id}?version=published")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Listing_searches_by_name_and_pages()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            (await analyst.PostAsJsonAsync("/api/workflow-definitions", ReviewDefinition($"list-{tag}-{i}", $"Listed {tag} {i}"))).EnsureSuccessStatusCode();
        }
        var page = await analyst.GetFromJsonAsync<JsonElement>($"/api/workflow-definitions?search={tag}&pageSize=2&page=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal([$"Listed {tag} 2"], page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Export_and_import_round_trip_a_definition()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"export-{Guid.NewGuid():N}";
        (await analyst.PostAsJsonAsync("/api/workflow-definitions", ReviewDefinition(id))).EnsureSuccessStatusCode();

        var export = await analyst.GetAsync($"/api/workflow-definitions/{id}/export");
        Assert.Equal($"{id}.v1.json", export.Content.Headers.ContentDisposition?.FileName);
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        exported["definitionId"] = $"{id}-copy";

        var imported = await ReadObjectAsync(await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", exported));
        Assert.True((bool)imported["isPublished"]!);
        Assert.Equal("kept as is", (string?)imported["designerNote"]);
    }

    [Fact]
    public async Task Validation_names_the_activity_and_input_and_publishing_an_invalid_definition_is_400()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var broken = ReviewDefinition($"broken-{Guid.NewGuid():N}");
        broken["root"]!["activities"]![1]!["inputs"] = new JsonObject();

        var result = await analyst.PostAsJsonAsync("/api/workflow-definitions/validate", broken);
        var body = await result.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("valid").GetBoolean());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("wait", error.GetProperty("activityId").GetString());
        Assert.Equal("Signal", error.GetProperty("inputName").GetString());

        (await analyst.PostAsJsonAsync("/api/workflow-definitions", broken)).EnsureSuccessStatusCode();
        var publish = await analyst.PostAsync($"/api/workflow-definitions/{broken["definitionId"]}/publish", null);
        var problem = await publish.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("wait", problem.GetProperty("errors")[0].GetProperty("activityId").GetString());
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public async Task A_body_that_is_not_a_definition_is_a_400_problem(string body)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        await (await analyst.PostAsync("/api/workflow-definitions", content)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("0")]
    public async Task A_bad_version_selector_is_400_and_an_unknown_definition_404(string version)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        await (await analyst.GetAsync($"/api/workflow-definitions/x?version={version}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.GetAsync("/api/workflow-definitions/does-not-exist")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(AmspRoles.Customer)]
    [InlineData(AmspRoles.Operator)]
    [InlineData(AmspRoles.QualityInspector)]
    public async Task Only_analysts_and_admins_manage_definitions(string role)
    {
        using var client = await host.CreateClientAsAsync(role);
        await (await client.GetAsync("/api/workflow-definitions")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync("/api/workflow-definitions", ReviewDefinition("x"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/activity-descriptors")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/workflow-definitions")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_on_every_workflow_endpoint()
    {
        using var client = host.CreateClient();
        foreach (var path in new[] { "/api/workflow-definitions", "/api/activity-descriptors", "/api/workflow-instances" })
        {
            await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
        await (await client.PostAsJsonAsync("/api/stimuli", new { name = "x" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_palette_groups_activity_descriptors_by_category()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var palette = await analyst.GetFromJsonAsync<JsonElement>("/api/activity-descriptors");
        var categories = palette.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("activities"));
        var wait = categories.Values.SelectMany(a => a.EnumerateArray()).Single(d => d.GetProperty("type").GetString() == "WaitForSignal");
        Assert.Contains(wait.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("name").GetString() == "Signal" && i.GetProperty("required").GetBoolean());
        Assert.Equal(categories.Keys.Order(StringComparer.Ordinal), categories.Keys);
    }
}

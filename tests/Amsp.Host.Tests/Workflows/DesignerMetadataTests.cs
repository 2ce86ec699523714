using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

/// <summary>The designer stores layout in the definition; the engine keeps it verbatim and runs as if it were not there.</summary>
public sealed class DesignerMetadataTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task Designer_metadata_comes_back_verbatim_and_does_not_change_a_run()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"laid-out-{Guid.NewGuid():N}";
        var definition = WorkflowDefinitionsApiTests.ReviewDefinition(id);
        definition["designer"] = JsonNode.Parse("""{ "viewport": { "x": -10.5, "y": 3, "zoom": 0.8 }, "grid": 20 }""");
        var activities = definition["root"]!["activities"]!.AsArray();
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i]!["designer"] = JsonNode.Parse($$"""{ "x": {{i * 260}}, "y": 40, "width": 220, "height": 60, "colour": "teal" }""");
        }
        definition["root"]!["connections"]![0]!["designer"] = JsonNode.Parse("""{ "bends": [[10, 20]] }""");

        (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition)).EnsureSuccessStatusCode();
        var stored = JsonNode.Parse(await analyst.GetStringAsync($"/api/workflow-definitions/{id}"))!;
        Assert.True(JsonNode.DeepEquals(definition["designer"], stored["designer"]));
        Assert.True(JsonNode.DeepEquals(definition["root"], stored["root"]));

        var run = await (await analyst.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { }))
            .Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Suspended", (string?)run!["status"]);
    }
}

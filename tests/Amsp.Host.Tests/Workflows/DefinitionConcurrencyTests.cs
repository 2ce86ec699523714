using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

/// <summary>Two people editing one definition: a save based on a version that changed since is a 409, never an overwrite.</summary>
public sealed class DefinitionConcurrencyTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static HttpRequestMessage Save(JsonObject definition, string? ifMatch) =>
        WithIfMatch(new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions") { Content = JsonContent.Create(definition) }, ifMatch);

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static string ETag(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        return response.Headers.ETag?.ToString() ?? throw new Xunit.Sdk.XunitException("no ETag");
    }

    [Fact]
    public async Task A_save_based_on_a_draft_someone_saved_since_is_a_conflict_and_loses_nothing()
    {
        using var alice = await host.CreateClientAsAsync(AmspRoles.Analyst);
        using var bob = await host.CreateClientAsAsync(AmspRoles.Admin);
        var id = $"shared-{Guid.NewGuid():N}";
        (await alice.PostAsJsonAsync("/api/workflow-definitions", WorkflowDefinitionsApiTests.ReviewDefinition(id, "v1 draft"))).EnsureSuccessStatusCode();

        var aliceTag = ETag(await alice.GetAsync($"/api/workflow-definitions/{id}"));
        var bobTag = ETag(await bob.GetAsync($"/api/workflow-definitions/{id}"));
        Assert.Equal(aliceTag, bobTag);

        var saved = await alice.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition(id, "Alice's"), aliceTag));
        var aliceNext = ETag(saved);
        Assert.NotEqual(aliceTag, aliceNext);

        var problem = await (await bob.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition(id, "Bob's"), bobTag)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Someone else saved version 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var latest = JsonNode.Parse(await alice.GetStringAsync($"/api/workflow-definitions/{id}"))!;
        Assert.Equal("Alice's", (string?)latest["name"]);

        // Bob reloads, and his save then goes through.
        var reloaded = ETag(await bob.GetAsync($"/api/workflow-definitions/{id}"));
        Assert.Equal(aliceNext, reloaded);
        ETag(await bob.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition(id, "Bob's"), reloaded)));
    }

    [Fact]
    public async Task Two_drafts_of_one_published_version_collide_on_the_second_save()
    {
        using var alice = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"published-{Guid.NewGuid():N}";
        (await alice.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", WorkflowDefinitionsApiTests.ReviewDefinition(id))).EnsureSuccessStatusCode();
        var published = ETag(await alice.GetAsync($"/api/workflow-definitions/{id}"));

        var v2 = JsonNode.Parse(await (await alice.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition(id, "first"), published))).Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)v2["version"]!);
        await (await alice.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition(id, "second"), published))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, (await alice.GetFromJsonAsync<JsonArray>($"/api/workflow-definitions/{id}/versions"))!.Count);
    }

    [Fact]
    public async Task Publishing_checks_the_version_it_was_shown_and_a_save_without_If_Match_works_as_before()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"publish-{Guid.NewGuid():N}";
        var first = ETag(await analyst.PostAsJsonAsync("/api/workflow-definitions", WorkflowDefinitionsApiTests.ReviewDefinition(id)));
        var second = ETag(await analyst.PostAsJsonAsync("/api/workflow-definitions", WorkflowDefinitionsApiTests.ReviewDefinition(id, "changed")));

        await (await analyst.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/api/workflow-definitions/{id}/publish?version=1"), first)))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var published = await analyst.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/api/workflow-definitions/{id}/publish?version=1"), second));
        Assert.True((bool)JsonNode.Parse(await published.Content.ReadAsStringAsync())!["isPublished"]!);
        Assert.NotEqual(second, ETag(published));
    }

    [Fact]
    public async Task A_save_for_a_definition_that_is_gone_is_a_conflict()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        await (await analyst.SendAsync(Save(WorkflowDefinitionsApiTests.ReviewDefinition($"gone-{Guid.NewGuid():N}"), "\"abc\"")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
    }
}

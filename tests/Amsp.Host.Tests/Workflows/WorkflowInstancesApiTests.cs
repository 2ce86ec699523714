using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

public sealed class WorkflowInstancesApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private async Task<string> PublishReviewAsync()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"review-{Guid.NewGuid():N}";
        (await analyst.PostAsJsonAsync("/api/workflow-definitions", WorkflowDefinitionsApiTests.ReviewDefinition(id))).EnsureSuccessStatusCode();
        (await analyst.PostAsync($"/api/workflow-definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task An_instance_suspends_on_its_bookmark_and_a_stimulus_finishes_it()
    {
        var definitionId = await PublishReviewAsync();
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var correlation = Guid.NewGuid().ToString("N");

        var started = await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", new { correlationId = correlation, input = new { orderId = "A-1" } });
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Suspended", run.GetProperty("status").GetString());
        var instanceId = run.GetProperty("instanceId").GetString();

        var details = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}");
        var bookmark = Assert.Single(details.GetProperty("bookmarks").EnumerateArray());
        Assert.Equal("wait", bookmark.GetProperty("activityId").GetString());
        Assert.Equal("A-1", details.GetProperty("input").GetProperty("orderId").GetString());
        Assert.NotEmpty(details.GetProperty("journal").GetProperty("first").EnumerateArray());

        var stimulus = await operatorClient.PostAsJsonAsync("/api/stimuli", new { name = "review-done", correlationId = correlation });
        var resumed = await stimulus.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(instanceId, Assert.Single(resumed.GetProperty("resumed").EnumerateArray()).GetProperty("instanceId").GetString());

        details = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", details.GetProperty("instance").GetProperty("status").GetString());
        Assert.True(details.GetProperty("variables").GetProperty("reviewed").GetBoolean());
        Assert.Empty(details.GetProperty("bookmarks").EnumerateArray());

        var again = await (await operatorClient.PostAsJsonAsync("/api/stimuli", new { name = "review-done", correlationId = correlation }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(again.GetProperty("resumed").EnumerateArray());
        Assert.Contains("No instance waits", again.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_are_listed_by_definition_and_status_and_can_be_cancelled()
    {
        var definitionId = await PublishReviewAsync();
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var first = await (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", new { }))
            .Content.ReadFromJsonAsync<JsonElement>();
        (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", new { })).EnsureSuccessStatusCode();

        var cancelled = await operatorClient.PostAsync($"/api/workflow-instances/{first.GetProperty("instanceId").GetString()}/cancel", null);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var suspended = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&status=Suspended");
        Assert.Single(suspended.GetProperty("items").EnumerateArray());
        var all = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}");
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.False(all.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Bad_requests_are_problems()
    {
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        await (await operatorClient.GetAsync("/api/workflow-instances/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PostAsync("/api/workflow-instances/nope/retry", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PostAsJsonAsync("/api/workflow-definitions/not-published/execute", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await operatorClient.PostAsJsonAsync("/api/stimuli", new { correlationId = "x" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await operatorClient.GetAsync("/api/workflow-instances?status=Sleeping")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(AmspRoles.Customer)]
    [InlineData(AmspRoles.Analyst)]
    public async Task Only_operators_and_admins_watch_instances(string role)
    {
        using var client = await host.CreateClientAsAsync(role);
        await (await client.GetAsync("/api/workflow-instances")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Customers_cannot_start_instances()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        await (await customer.PostAsJsonAsync("/api/workflow-definitions/any/execute", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<(string DefinitionId, HttpClient Operator)> PublishInspectionAsync()
    {
        var id = $"inspection-{Guid.NewGuid():N}";
        var definition = WorkflowDefinitionsApiTests.ReviewDefinition(id);
        definition["root"]!["activities"]![1]!["inputs"]!["Roles"] = new System.Text.Json.Nodes.JsonObject { ["value"] = new System.Text.Json.Nodes.JsonArray("QualityInspector") };
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition)).EnsureSuccessStatusCode();
        return (id, await host.CreateClientAsAsync(AmspRoles.Operator));
    }

    [Fact]
    public async Task A_signal_is_delivered_only_by_a_role_its_activity_names()
    {
        var (id, operatorClient) = await PublishInspectionAsync();
        using var _ = operatorClient;
        var correlation = Guid.NewGuid().ToString("N");
        (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { correlationId = correlation })).EnsureSuccessStatusCode();
        var stimulus = new { name = "review-done", correlationId = correlation };

        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var refused = await (await customer.PostAsJsonAsync("/api/stimuli", stimulus)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(refused.GetProperty("resumed").EnumerateArray());
        Assert.Contains("QualityInspector", refused.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        var resumed = await (await inspector.PostAsJsonAsync("/api/stimuli", stimulus)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Finished", Assert.Single(resumed.GetProperty("resumed").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_resume_token_resumes_its_bookmark_once_without_an_account_and_a_forged_one_is_refused()
    {
        var (id, operatorClient) = await PublishInspectionAsync();
        using var _ = operatorClient;
        var run = await (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var details = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{run.GetProperty("instanceId").GetString()}");
        var bookmark = Assert.Single(details.GetProperty("bookmarks").EnumerateArray());
        Assert.Equal(["QualityInspector"], bookmark.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var token = bookmark.GetProperty("resumeToken").GetString()!;

        using var anonymous = host.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/stimuli/resume", new { token = token[..^4] + "AAAA" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var resumed = await anonymous.PostAsJsonAsync("/api/stimuli/resume", new { token, payload = new { approved = true } });
        Assert.Equal("Finished", (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await (await anonymous.PostAsJsonAsync("/api/stimuli/resume", new { token })).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

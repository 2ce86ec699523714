using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Workflows;

/// <summary>Paging, time ranges and deletion of instances, on a fake clock so creation times differ.</summary>
public sealed class WorkflowInstanceQueriesTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>
{
    private async Task<string> PublishReviewAsync()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = $"review-{Guid.NewGuid():N}";
        (await analyst.PostAsJsonAsync("/api/workflow-definitions", WorkflowDefinitionsApiTests.ReviewDefinition(id))).EnsureSuccessStatusCode();
        (await analyst.PostAsync($"/api/workflow-definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Starts instances a minute apart; returns their ids and creation times, oldest first.</summary>
    private async Task<List<(string Id, DateTimeOffset CreatedAt)>> StartAsync(HttpClient client, string definitionId, int count)
    {
        var started = new List<(string, DateTimeOffset)>();
        for (var i = 0; i < count; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            var run = await (await client.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", new { }))
                .Content.ReadFromJsonAsync<JsonElement>();
            started.Add((run.GetProperty("instanceId").GetString()!, host.Clock.GetUtcNow()));
        }
        return started;
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Fact]
    public async Task Instances_are_paged_newest_first_and_the_last_page_says_there_is_no_more()
    {
        var definitionId = await PublishReviewAsync();
        using var client = await host.CreateClientAsAsync(AmspRoles.Operator);
        var started = await StartAsync(client, definitionId, 5);
        var newestFirst = started.Select(s => s.Id).Reverse().ToList();

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&pageSize=2");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&pageSize=2&page=2");
        var third = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&pageSize=2&page=3");

        Assert.Equal(newestFirst[..2], Ids(first));
        Assert.Equal((1, 2, true), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("hasMore").GetBoolean()));
        Assert.Equal(newestFirst[2..4], Ids(second));
        Assert.True(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal(newestFirst[4..], Ids(third));
        Assert.False(third.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task A_time_range_keeps_instances_created_from_its_start_and_before_its_end()
    {
        var definitionId = await PublishReviewAsync();
        using var client = await host.CreateClientAsAsync(AmspRoles.Operator);
        var started = await StartAsync(client, definitionId, 4);
        var from = Uri.EscapeDataString(started[1].CreatedAt.ToString("O"));
        var to = Uri.EscapeDataString(started[3].CreatedAt.ToString("O"));

        var range = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&from={from}&to={to}");
        var since = await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}&from={from}");

        Assert.Equal([started[2].Id, started[1].Id], Ids(range));
        Assert.Equal([started[3].Id, started[2].Id, started[1].Id], Ids(since));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=501")]
    [InlineData("from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z")]
    [InlineData("from=yesterday")]
    public async Task Out_of_range_paging_and_reversed_ranges_are_bad_requests(string parameters)
    {
        using var client = await host.CreateClientAsAsync(AmspRoles.Operator);
        await (await client.GetAsync($"/api/workflow-instances?{parameters}")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deleting_a_finished_instance_removes_it_and_its_journal()
    {
        var definitionId = await PublishReviewAsync();
        using var client = await host.CreateClientAsAsync(AmspRoles.Operator);
        var correlation = Guid.NewGuid().ToString("N");
        var run = await (await client.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/execute", new { correlationId = correlation }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var instanceId = run.GetProperty("instanceId").GetString()!;
        (await client.PostAsJsonAsync("/api/stimuli", new { name = "review-done", correlationId = correlation })).EnsureSuccessStatusCode();

        var deleted = await client.DeleteAsync($"/api/workflow-instances/{instanceId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await client.GetAsync($"/api/workflow-instances/{instanceId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await host.Services.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(instanceId));
        Assert.Empty(Ids(await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances?definitionId={definitionId}")));
    }

    [Fact]
    public async Task Deleting_a_suspended_instance_is_a_conflict_and_an_unknown_one_is_not_found()
    {
        var definitionId = await PublishReviewAsync();
        using var client = await host.CreateClientAsAsync(AmspRoles.Operator);
        var (instanceId, _) = Assert.Single(await StartAsync(client, definitionId, 1));

        await (await client.DeleteAsync($"/api/workflow-instances/{instanceId}")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await client.DeleteAsync("/api/workflow-instances/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Suspended", (await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}"))
            .GetProperty("instance").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Analysts_cannot_delete_instances()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        await (await analyst.DeleteAsync("/api/workflow-instances/any")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

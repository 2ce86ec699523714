using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Workflows.Folder;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Outcome = Amsp.Host.Workflows.Folder.WorkflowFolderLoader.Outcome;

namespace Amsp.Host.Tests.Workflows;

public sealed class WorkflowFolderTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>, IDisposable
{
    private const string ShippedId = "design-review";
    private readonly string folder = Directory.CreateTempSubdirectory("amsp-workflows-").FullName;

    private static string ShippedFile => Path.Combine(AppContext.BaseDirectory, "workflows", "design-review.json");

    private async Task<IReadOnlyList<WorkflowFolderLoader.FileResult>> LoadAsync(bool publish = true)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().LoadFolderAsync(folder, publish, CancellationToken.None);
    }

    [Fact]
    public async Task The_shipped_design_review_is_published_at_start()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var published = await analyst.GetFromJsonAsync<JsonElement>($"/api/workflow-definitions/{ShippedId}?version=published");
        Assert.Equal("Design review with a deadline", published.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unchanged_file_changes_nothing_and_a_changed_file_becomes_a_new_published_version()
    {
        var id = $"folder-{Guid.NewGuid():N}";
        var text = File.ReadAllText(ShippedFile).Replace($"\"{ShippedId}\"", $"\"{id}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "review.json"), text);

        Assert.Equal(Outcome.Created, Assert.Single(await LoadAsync()).Outcome);
        var unchanged = Assert.Single(await LoadAsync());
        Assert.Equal((Outcome.Unchanged, 1), (unchanged.Outcome, unchanged.Version));

        File.WriteAllText(Path.Combine(folder, "review.json"), text.Replace("Two days", "Forty-eight hours", StringComparison.Ordinal));
        var changed = Assert.Single(await LoadAsync());
        Assert.Equal((Outcome.NewVersion, 2), (changed.Outcome, changed.Version));
        var store = host.Services.GetRequiredService<IWorkflowDefinitionStore>();
        Assert.Equal(2, (await store.FindPublishedAsync(id))!.Version);
    }

    [Fact]
    public async Task A_bad_file_is_reported_with_its_name_and_json_path_and_does_not_block_the_others()
    {
        var id = $"good-{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(folder, "a-broken.json"), """{ "definitionId": "broken", "root": { "activities": 5 } }""");
        File.WriteAllText(Path.Combine(folder, "b-invalid.json"),
            File.ReadAllText(ShippedFile).Replace("\"WaitForSignal\"", "\"WaitForSignul\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "c-good.json"), File.ReadAllText(ShippedFile).Replace($"\"{ShippedId}\"", $"\"{id}\"", StringComparison.Ordinal));

        var results = await LoadAsync();

        Assert.Equal([Outcome.Invalid, Outcome.Invalid, Outcome.Created], results.Select(r => r.Outcome));
        Assert.StartsWith("a-broken.json: $.root.activities:", Assert.Single(results[0].Errors), StringComparison.Ordinal);
        Assert.Contains("activity 'wait-review'", Assert.Single(results[1].Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_design_review_finishes_approved_on_the_reviewers_signal()
    {
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var correlation = Guid.NewGuid().ToString("N");
        var run = await (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{ShippedId}/execute",
            new { correlationId = correlation, input = new { modelName = "bracket.stl" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Suspended", run.GetProperty("status").GetString());

        var resumed = await (await operatorClient.PostAsJsonAsync("/api/stimuli",
            new { name = "review-done", correlationId = correlation, payload = new { approved = true } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Single(resumed.GetProperty("resumed").EnumerateArray());

        var details = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{run.GetProperty("instanceId").GetString()}");
        Assert.Equal("Finished", details.GetProperty("instance").GetProperty("status").GetString());
        Assert.Equal("approved", details.GetProperty("variables").GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_design_review_requested_over_http_waits_for_its_reviewer()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var correlation = $"order-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workflows/design-reviews") { Content = JsonContent.Create(new { modelName = "phone_stand.stl" }) };
        request.Headers.Add("X-Correlation-Id", correlation);
        var accepted = await customer.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        var instanceId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString();

        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        (await operatorClient.PostAsJsonAsync("/api/stimuli", new { name = "review-done", correlationId = correlation, payload = new { approved = false } })).EnsureSuccessStatusCode();
        var details = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", details.GetProperty("instance").GetProperty("status").GetString());
        Assert.Equal("rejected", details.GetProperty("variables").GetProperty("result").GetString());
        Assert.Equal("phone_stand.stl", details.GetProperty("variables").GetProperty("modelName").GetString());
    }

    [Fact]
    public async Task The_design_review_is_overdue_when_its_two_day_deadline_passes()
    {
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync(ShippedId, new StartWorkflowOptions
        {
            Input = new() { ["modelName"] = "vase.stl" },
            CorrelationId = Guid.NewGuid().ToString("N"),
        });
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        await runtime.ProcessDueTimersAsync();
        var store = host.Services.GetRequiredService<IWorkflowInstanceStore>();
        Assert.Equal(WorkflowStatus.Suspended, (await store.FindAsync(started.InstanceId))!.Status);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await runtime.ProcessDueTimersAsync();
        var instance = (await store.FindAsync(started.InstanceId))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("overdue", (string?)instance.State.Variables["result"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue points 3 and 5: cycles with no blocking activity, long loops, and a regular expression that never ends.</summary>
public sealed class ExecutionBudgetApiTests(LimitedHostFixture host) : IClassFixture<LimitedHostFixture>
{
    private static JsonObject SelfLoop(string id) => Definition(id,
        [Activity("start", "Start"), Activity("spin", "SetVariable", ("Variable", Lit("n")), ("Value", Js("variables.n + 1")))],
        [Connect("start", "spin"), Connect("spin", "spin")], variables: new JsonArray(new JsonObject { ["name"] = "n", ["default"] = 0 }));

    [Fact]
    public async Task An_activity_connected_to_itself_is_suspended_with_an_incident_and_an_operator_cancels_it()
    {
        var id = $"spin-{Guid.NewGuid():N}";
        await host.PublishAsync(SelfLoop(id));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal(("Suspended", 1), (run.GetProperty("status").GetString(), run.GetProperty("incidentCount").GetInt32()));
        await host.AssertReadyAsync();
        var instanceId = run.GetProperty("instanceId").GetString()!;
        var details = await operatorClient.InstanceAsync(instanceId);
        var incident = Assert.Single(details.GetProperty("incidents").EnumerateArray());
        Assert.Equal("ExecutionBudgetExceeded", incident.GetProperty("errorType").GetString());
        Assert.Equal($"Workflow instance '{instanceId}' ({id}) ran 5,000 activities in ", incident.Message()[..(incident.Message().IndexOf(" in ", StringComparison.Ordinal) + 4)]);
        Assert.Contains("without finishing or waiting: suspended before activity 'spin'. A cycle with no blocking activity?", incident.Message(), StringComparison.Ordinal);
        Assert.Equal(4_999, details.GetProperty("variables").GetProperty("n").GetInt32());
        Assert.Equal("Amsp.Budget", Assert.Single(details.GetProperty("bookmarks").EnumerateArray()).GetProperty("name").GetString());

        var cancelled = await operatorClient.PostAsync($"/api/workflow-instances/{instanceId}/cancel", null);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_loop_whose_condition_never_turns_is_suspended_and_resuming_its_bookmark_runs_one_more_budget()
    {
        var id = $"never-{Guid.NewGuid():N}";
        await host.PublishAsync(CountingLoop(id, int.MaxValue));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var instanceId = (await operatorClient.ExecuteAsync(id)).GetProperty("instanceId").GetString();

        var again = await operatorClient.PostAsJsonAsync("/api/stimuli", new { name = "Amsp.Budget", correlationId = instanceId });

        var resumed = Assert.Single((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").EnumerateArray());
        Assert.Equal("Suspended", resumed.GetProperty("status").GetString());
        var details = await operatorClient.InstanceAsync(instanceId!);
        Assert.Equal(2, details.GetProperty("incidents").GetArrayLength());
        Assert.Equal(4_999, details.GetProperty("variables").GetProperty("i").GetInt32());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task A_long_loop_its_definition_allows_yields_at_its_budget_and_finishes_in_the_background()
    {
        var id = $"long-{Guid.NewGuid():N}";
        await host.PublishAsync(CountingLoop(id, 6_000, new JsonObject { ["executionBudget"] = new JsonObject { ["allowLongLoops"] = true } }));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal("Running", run.GetProperty("status").GetString());
        var instanceId = run.GetProperty("instanceId").GetString()!;
        var runs = new JobRuns(new JobKey(instanceId, "workflow-runs"));
        scheduler.ListenerManager.AddJobListener(runs);
        JsonElement details;
        // 12,002 activities: the first burst and two in the background yield, the third in the background finishes.
        for (var n = 1; (details = await operatorClient.InstanceAsync(instanceId)).GetProperty("instance").GetProperty("status").GetString() != "Finished"; n++)
        {
            await runs.WhenCountAsync(n);
        }
        Assert.Equal(6_000, details.GetProperty("variables").GetProperty("i").GetInt32());
        Assert.Equal(0, details.GetProperty("incidents").GetArrayLength());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task A_catastrophic_regular_expression_faults_at_the_javascript_time_limit()
    {
        var id = $"regex-{Guid.NewGuid():N}";
        await host.PublishAsync(Definition(id,
            [Activity("start", "Start"), Activity("match", "RunJavaScript", ("Script", Lit("/(a+)+$/.test('a'.repeat(40) + 'b')")))],
            [Connect("start", "match")]));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal("Faulted", run.GetProperty("status").GetString());
        var incident = Assert.Single((await operatorClient.InstanceAsync(run.GetProperty("instanceId").GetString()!)).GetProperty("incidents").EnumerateArray());
        Assert.Equal("JavaScript exceeded its time limit of 2000 ms.", incident.Message());
        await host.AssertReadyAsync();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Amsp.Host.Tests.Workflows;

/// <summary>Cron triggers on Quartz with the platform clock faked, published and retracted through the API.</summary>
public sealed class CronTriggerTests(FakeClockHostFixture host) : IClassFixture<FakeClockHostFixture>
{
    private static JsonObject Definition(string id, string cron, bool wait, bool allowOverlap = false) => JsonNode.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "{{id}}",
          "root": {
            "activities": [
              { "id": "cron", "type": "CronTrigger", "inputs": {
                  "Expression": { "value": "{{cron}}" }, "AllowOverlap": { "value": {{(allowOverlap ? "true" : "false")}} } } },
              { "id": "work", "type": "{{(wait ? "WaitForSignal" : "Log")}}", "inputs": { "{{(wait ? "Signal" : "Message")}}": { "value": "tick" } } },
              { "id": "end", "type": "Finish" }
            ],
            "connections": [
              { "source": { "activity": "cron", "outcome": "Done" }, "target": { "activity": "work" } },
              { "source": { "activity": "work", "outcome": "Done" }, "target": { "activity": "end" } }
            ]
          }
        }
        """)!.AsObject();

    private async Task<(JobRuns Runs, HttpClient Analyst)> PublishAsync(JsonObject definition)
    {
        // Off the minute, so that publishing never coincides with a schedule point.
        host.Clock.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(host.Clock.GetUtcNow().Ticks % TimeSpan.TicksPerMinute));
        var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var id = (string)definition["definitionId"]!;
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var runs = new JobRuns(new JobKey("cron", $"workflow-trigger:{id}"));
        scheduler.ListenerManager.AddJobListener(runs, []);
        (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition)).EnsureSuccessStatusCode();
        return (runs, analyst);
    }

    private async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(string definitionId) =>
        await host.Services.GetRequiredService<IWorkflowInstanceStore>().QueryAsync(new InstanceQuery { DefinitionId = definitionId, Take = 1000 });

    [Fact]
    public async Task A_five_minute_cron_fires_exactly_once_per_schedule_point_over_an_hour()
    {
        var id = $"cron-{Guid.NewGuid():N}";
        var (runs, analyst) = await PublishAsync(Definition(id, "0 0/5 * * * ?", wait: false));
        using var _ = analyst;
        var start = host.Clock.GetUtcNow();
        var expected = new List<DateTimeOffset>();
        var cron = new CronExpression("0 0/5 * * * ?");
        for (var next = cron.GetNextValidTimeAfter(start); next <= start.AddHours(1); next = cron.GetNextValidTimeAfter(next.Value))
        {
            expected.Add(next!.Value);
        }

        for (var minute = 1; minute <= 60; minute++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            await runs.WhenCountAsync(expected.Count(t => t <= host.Clock.GetUtcNow()));
        }

        var instances = await InstancesAsync(id);
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected.Count, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.Equal(expected, instances.Select(i => DateTimeOffset.Parse((string)i.State.Input["scheduledAt"]!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task Without_overlap_a_fire_is_skipped_while_the_previous_instance_waits_and_with_it_each_fire_starts_one()
    {
        var lone = $"lone-{Guid.NewGuid():N}";
        var many = $"many-{Guid.NewGuid():N}";
        var (loneRuns, a1) = await PublishAsync(Definition(lone, "0 * * * * ?", wait: true));
        var (manyRuns, a2) = await PublishAsync(Definition(many, "0 * * * * ?", wait: true, allowOverlap: true));
        using var _ = a1;
        using var __ = a2;

        for (var minute = 1; minute <= 3; minute++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAll(loneRuns.WhenCountAsync(minute), manyRuns.WhenCountAsync(minute));
        }

        Assert.Single(await InstancesAsync(lone));
        Assert.Equal(3, (await InstancesAsync(many)).Count);
    }

    [Fact]
    public async Task Points_missed_while_the_platform_was_down_collapse_into_one_start_when_it_is_back()
    {
        var id = $"down-{Guid.NewGuid():N}";
        var (runs, analyst) = await PublishAsync(Definition(id, "0 * * * * ?", wait: false));
        using var _ = analyst;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await runs.WhenCountAsync(1);

        // A restart ten minutes later: the in-memory job store starts empty and the triggers are scheduled again.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.DeleteJob(new JobKey("cron", $"workflow-trigger:{id}"));
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var back = host.Clock.GetUtcNow();
        var recovery = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Amsp.Host.Workflows.Scheduling.WorkflowRecovery>().Single();
        await recovery.StartingAsync(CancellationToken.None);
        await runs.WhenCountAsync(2);
        // Then the schedule goes on.
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await runs.WhenCountAsync(3);

        var points = (await InstancesAsync(id)).Select(i => i.ScheduledAt!.Value).Order().ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal(back, points[1]); // the ten missed points, as one start
        Assert.Equal(new CronExpression("0 * * * * ?").GetNextValidTimeAfter(back), points[2]);
    }

    [Fact]
    public async Task Retracting_removes_the_trigger_and_an_invalid_cron_is_refused_before_publishing()
    {
        var id = $"retract-{Guid.NewGuid():N}";
        var (_, analyst) = await PublishAsync(Definition(id, "0 0 6 * * ?", wait: false));
        using var client = analyst;
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new JobKey("cron", $"workflow-trigger:{id}");
        Assert.True(await scheduler.Exists(key));

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/workflow-definitions/{id}/retract", null)).StatusCode);
        Assert.False(await scheduler.Exists(key));

        var bad = Definition($"bad-{Guid.NewGuid():N}", "every monday", wait: false);
        var validation = await (await analyst.PostAsJsonAsync("/api/workflow-definitions/validate", bad)).Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(validation.GetProperty("errors").EnumerateArray());
        Assert.Equal(("cron", "Expression"), (error.GetProperty("activityId").GetString(), error.GetProperty("inputName").GetString()));
    }
}

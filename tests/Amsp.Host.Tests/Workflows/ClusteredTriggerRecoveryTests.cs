using System.Text.Json.Nodes;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Quartz;

namespace Amsp.Host.Tests.Workflows;

/// <summary>
/// Two nodes on one PostgreSQL database and one fake clock; the node that holds a fire is killed (cut off the database
/// with everything it had open) at a chosen moment: fired, before its commit, during it, after it. Whatever the moment,
/// every point of the schedule ends up with exactly one instance, started by the survivor if the dead node had not
/// committed it.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class ClusteredTriggerRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 5, TimeSpan.Zero);

    private static JsonObject Definition(string id, string triggerType, string input, string value) => JsonNode.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "{{id}}",
          "root": {
            "activities": [
              { "id": "tick", "type": "{{triggerType}}", "inputs": { "{{input}}": { "value": "{{value}}" } } },
              { "id": "work", "type": "Log", "inputs": { "Message": { "value": "tick" } } },
              { "id": "end", "type": "Finish" }
            ],
            "connections": [
              { "source": { "activity": "tick", "outcome": "Done" }, "target": { "activity": "work" } },
              { "source": { "activity": "work", "outcome": "Done" }, "target": { "activity": "end" } }
            ]
          }
        }
        """)!.AsObject();

    [SkippableTheory]
    [InlineData(HoldPoint.Fired)]
    [InlineData(HoldPoint.BeforeCommit)]
    [InlineData(HoldPoint.WhileCommitting)]
    [InlineData(HoldPoint.AfterCommit)]
    public async Task A_cron_point_whose_node_dies_holding_it_starts_once_and_so_do_the_points_after_it(HoldPoint point)
    {
        await using var cluster = await Cluster.StartAsync(point);
        var id = $"cron-{Guid.NewGuid():N}";
        await cluster.A.PublishAsync(Definition(id, "CronTrigger", "Expression", "0/10 * * * * ?"));

        var survivor = await cluster.KillTheNodeHoldingTheFireAsync(id, due: TimeSpan.FromSeconds(5));
        var now = await cluster.RunOnUntilRecoveredAsync(survivor.Runs);

        // The point 08:00:10, run again by the survivor, and every point that fell due after it: one run each there.
        var expected = Points(Start.AddSeconds(5), TimeSpan.FromSeconds(10), now);
        await survivor.Runs.WhenCountAsync(expected.Count);
        await AssertOneFinishedInstancePerPointAsync(survivor.Node, id, expected);
    }

    [SkippableTheory]
    [InlineData(HoldPoint.BeforeCommit)]
    [InlineData(HoldPoint.AfterCommit)]
    public async Task An_interval_fire_whose_node_dies_holding_it_starts_once(HoldPoint point)
    {
        await using var cluster = await Cluster.StartAsync(point);
        var id = $"timer-{Guid.NewGuid():N}";
        await cluster.A.PublishAsync(Definition(id, "TimerTrigger", "Interval", "00:00:10"));

        var survivor = await cluster.KillTheNodeHoldingTheFireAsync(id, due: TimeSpan.FromSeconds(10));
        var now = await cluster.RunOnUntilRecoveredAsync(survivor.Runs);

        var expected = Points(Start.AddSeconds(10), TimeSpan.FromSeconds(10), now);
        await survivor.Runs.WhenCountAsync(expected.Count);
        await AssertOneFinishedInstancePerPointAsync(survivor.Node, id, expected);
    }

    [SkippableTheory]
    [InlineData(HoldPoint.BeforeCommit)]
    [InlineData(HoldPoint.AfterCommit)]
    public async Task A_start_at_instant_whose_node_dies_holding_it_starts_once_and_not_again_at_a_restart(HoldPoint point)
    {
        await using var cluster = await Cluster.StartAsync(point);
        var id = $"at-{Guid.NewGuid():N}";
        var at = Start.AddSeconds(5);
        await cluster.A.PublishAsync(Definition(id, "StartAtTrigger", "At", at.ToString("O")));

        var survivor = await cluster.KillTheNodeHoldingTheFireAsync(id, due: TimeSpan.FromSeconds(5));
        await cluster.RunOnUntilRecoveredAsync(survivor.Runs);
        await AssertOneFinishedInstancePerPointAsync(survivor.Node, id, [at]);

        // A node starting later schedules the published triggers Quartz does not hold: not this one, whose point is spent.
        var late = await cluster.StartNodeAsync("c"); // disposed with the cluster
        var scheduler = await late.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.False(await scheduler.Exists(Cluster.JobOf(id)));
        await AssertOneFinishedInstancePerPointAsync(late, id, [at]);
    }

    [SkippableTheory]
    [InlineData(HoldPoint.Fired)]
    [InlineData(HoldPoint.WhileCommitting)]
    [InlineData(HoldPoint.AfterCommit)]
    public async Task A_delay_whose_node_dies_holding_its_timer_resumes_once(HoldPoint point)
    {
        await using var cluster = await Cluster.StartAsync(point);
        var id = $"delay-{Guid.NewGuid():N}";
        await cluster.A.PublishAsync(JsonNode.Parse($$"""
            {
              "definitionId": "{{id}}", "name": "{{id}}",
              "root": {
                "activities": [
                  { "id": "start", "type": "Start" },
                  { "id": "wait", "type": "Delay", "inputs": { "Duration": { "value": "00:00:10" } } },
                  { "id": "end", "type": "Finish" }
                ],
                "connections": [
                  { "source": { "activity": "start", "outcome": "Done" }, "target": { "activity": "wait" } },
                  { "source": { "activity": "wait", "outcome": "Done" }, "target": { "activity": "end" } }
                ]
              }
            }
            """)!.AsObject());
        var started = await cluster.A.RunAsync(s => s.GetRequiredService<WorkflowRuntime>().StartAsync(id));
        var store = cluster.A.Services.GetRequiredService<IWorkflowInstanceStore>();
        var timer = Assert.Single(await store.ListBookmarksAsync(started.InstanceId));

        var survivor = await cluster.KillTheNodeHoldingTheFireAsync(new JobKey(timer.Id, "workflow-timers"), due: TimeSpan.FromSeconds(10));
        await cluster.RunOnUntilRecoveredAsync(survivor.Runs);

        var instance = (await survivor.Node.Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(started.InstanceId))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var journal = await survivor.Node.Services.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(started.InstanceId);
        Assert.Single(journal, e => e.EventType == JournalEventType.Resumed);
        Assert.Single(journal, e => e.EventType == JournalEventType.WorkflowFinished);
    }

    /// <summary>The points of a schedule from <paramref name="first"/> every <paramref name="every"/> up to <paramref name="until"/>.</summary>
    private static List<DateTimeOffset> Points(DateTimeOffset first, TimeSpan every, DateTimeOffset until) =>
        [.. Enumerable.Range(0, (int)((until - first) / every) + 1).Select(i => first + i * every)];

    private static async Task AssertOneFinishedInstancePerPointAsync(ClusterHost node, string definitionId, IReadOnlyList<DateTimeOffset> points)
    {
        var instances = await node.Services.GetRequiredService<IWorkflowInstanceStore>()
            .QueryAsync(new InstanceQuery { DefinitionId = definitionId, Take = 1000 });
        Assert.Equal(points, instances.Select(i => i.ScheduledAt!.Value).Order());
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.All(instances, i => Assert.Equal("tick", i.TriggerActivityId));
    }

    /// <summary>Two started nodes, a and b, with one gate; the database and the nodes go with it.</summary>
    private sealed class Cluster : IAsyncDisposable
    {
        private readonly List<ClusterHost> _nodes = [];

        private Cluster(PostgreSqlServer.TemporaryDatabase database, FireGate gate)
        {
            Database = database;
            Gate = gate;
        }

        public PostgreSqlServer.TemporaryDatabase Database { get; }

        public FireGate Gate { get; }

        public FakeTimeProvider Clock { get; } = new(Start);

        public ClusterHost A => _nodes[0];

        public ClusterHost B => _nodes[1];

        public static JobKey JobOf(string definitionId) => new("tick", $"workflow-trigger:{definitionId}");

        public static async Task<Cluster> StartAsync(HoldPoint point)
        {
            var cluster = new Cluster(await PostgreSqlServer.CreateDatabaseAsync(), new FireGate(point));
            // One after the other: the first creates the schema; both then run as peers.
            await cluster.StartNodeAsync("a");
            await cluster.StartNodeAsync("b");
            return cluster;
        }

        public async Task<ClusterHost> StartNodeAsync(string name)
        {
            var node = new ClusterHost(name, Database.ConnectionString, Clock, Gate);
            _nodes.Add(node);
            await node.StartAsync();
            return node;
        }

        public Task<(ClusterHost Node, JobRuns Runs)> KillTheNodeHoldingTheFireAsync(string definitionId, TimeSpan due) =>
            KillTheNodeHoldingTheFireAsync(JobOf(definitionId), due);

        /// <summary>
        /// Lets the clock reach the fire and kills the node that holds it at the gate. Returns the survivor with a count of
        /// the runs of the job on it.
        /// </summary>
        public async Task<(ClusterHost Node, JobRuns Runs)> KillTheNodeHoldingTheFireAsync(JobKey job, TimeSpan due)
        {
            var runs = new Dictionary<ClusterHost, JobRuns>();
            foreach (var node in _nodes)
            {
                runs[node] = new JobRuns(job);
                (await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).ListenerManager.AddJobListener(runs[node], []);
            }
            Gate.Armed = true;
            Clock.Advance(due);
            var held = await Gate.Held;
            var victim = _nodes.Single(n => n.Name == held);
            var survivor = _nodes.Single(n => n != victim);
            victim.Kill();
            Gate.Release();
            return (survivor, runs[survivor]);
        }

        /// <summary>
        /// Moves the clock on a second at a time, each second only once the survivor has checked in at the last one (its
        /// check-in loop runs on this clock), until the survivor has found the dead node (30 s after its last check-in)
        /// and taken over its fires; then waits for the dead node's fire to run on the survivor. Returns the time then:
        /// the points due by it are the ones the test expects.
        /// </summary>
        public async Task<DateTimeOffset> RunOnUntilRecoveredAsync(JobRuns survivor)
        {
            var (victim, alive) = (_nodes.First(n => n.IsKilled), _nodes.First(n => !n.IsKilled));
            var victimId = await victim.SchedulerInstanceIdAsync();
            var aliveId = await alive.SchedulerInstanceIdAsync();
            await using var connection = new NpgsqlConnection(Database.ConnectionString);
            await connection.OpenAsync();
            var limit = Clock.GetUtcNow().AddMinutes(3);
            while (await CheckinOfAsync(connection, victimId) is not null && !survivor.Recovered.IsCompleted)
            {
                Assert.True(Clock.GetUtcNow() < limit, "The survivor did not find the dead node within three minutes of the clock.");
                var before = await CheckinOfAsync(connection, aliveId);
                Clock.Advance(TimeSpan.FromSeconds(1));
                // Paced by the survivor's check-in at the new time, so that the clock does not run ahead of it; bounded,
                // since a check-in that failed waits longer before the next.
                var pace = System.Diagnostics.Stopwatch.StartNew();
                while (await CheckinOfAsync(connection, aliveId) == before && pace.Elapsed < TimeSpan.FromSeconds(2))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(20));
                }
            }
            await survivor.Recovered.WaitAsync(TimeSpan.FromMinutes(2));
            return Clock.GetUtcNow();
        }

        private static async Task<long?> CheckinOfAsync(NpgsqlConnection connection, string instanceId)
        {
            await using var command = new NpgsqlCommand("SELECT last_checkin_time FROM qrtz_scheduler_state WHERE instance_name = @id", connection);
            command.Parameters.AddWithValue("id", instanceId);
            return await command.ExecuteScalarAsync() is long ticks ? ticks : null;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var node in Enumerable.Reverse(_nodes))
            {
                await node.DisposeAsync();
            }
            await Database.DisposeAsync();
        }
    }
}

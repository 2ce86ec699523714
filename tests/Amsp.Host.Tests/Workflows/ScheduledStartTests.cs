using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Host.Tests.Workflows;

/// <summary>A start for a point of a schedule is idempotent on (definition, trigger, point), down to the database's key.</summary>
[Trait("Category", "PostgreSql")]
public sealed class ScheduledStartTests
{
    private const string Definition = """
        {
          "definitionId": "points", "name": "points",
          "root": {
            "activities": [
              { "id": "tick", "type": "StartAtTrigger", "inputs": { "At": { "value": "2030-01-01T00:00:00Z" } } },
              { "id": "work", "type": "Log", "inputs": { "Message": { "value": "tick" } } }
            ],
            "connections": [ { "source": { "activity": "tick", "outcome": "Done" }, "target": { "activity": "work" } } ]
          }
        }
        """;

    [SkippableFact]
    public async Task Starting_the_same_points_on_two_nodes_at_once_makes_one_instance_per_point()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        await using var a = new ClusterHost("a", database.ConnectionString, clock, gate: null);
        await a.StartAsync();
        await using var b = new ClusterHost("b", database.ConnectionString, clock, gate: null);
        await b.StartAsync();
        await a.RunAsync(async s =>
        {
            var definitions = s.GetRequiredService<WorkflowDefinitionService>();
            await definitions.SaveDraftAsync(WorkflowJson.Deserialize(Definition)!);
            return await definitions.PublishAsync("points");
        });

        var points = Enumerable.Range(0, 20).Select(i => clock.GetUtcNow().AddSeconds(i)).ToList();
        var starts = points.SelectMany(point => new[] { a, b, a, b }.Select(node => Task.Run(() => node.Services.GetRequiredService<WorkflowRuntime>()
            .StartAsync("points", new StartWorkflowOptions { TriggerActivityId = "tick", ScheduledAt = point }))));
        var results = await Task.WhenAll(starts);

        var instances = await a.Services.GetRequiredService<IWorkflowInstanceStore>().QueryAsync(new InstanceQuery { DefinitionId = "points", Take = 100 });
        Assert.Equal(points, instances.Select(i => i.ScheduledAt!.Value).Order());
        Assert.Equal(20, results.Select(r => r.InstanceId).Distinct().Count());
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_row_for_one_point_whatever_its_id()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var node = new ClusterHost("a", database.ConnectionString, new FakeTimeProvider(), gate: null);
        await node.StartAsync();
        var store = node.Services.GetRequiredService<IWorkflowInstanceStore>();
        var point = new DateTimeOffset(2026, 11, 24, 8, 0, 10, TimeSpan.Zero);
        InstanceCommit Insert(string id, string trigger, DateTimeOffset at) => new()
        {
            IsNew = true,
            Instance = new()
            {
                Id = id, DefinitionId = "points", DefinitionVersionId = "v1", DefinitionVersion = 1, Status = WorkflowStatus.Finished,
                TriggerActivityId = trigger, ScheduledAt = at, CreatedAt = at, UpdatedAt = at, State = new InstanceState(),
            },
        };

        await store.CommitAsync(Insert("first", "tick", point));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Insert("second", "tick", point)));
        Assert.Null(await store.FindAsync("second"));

        // Another trigger, or another point, is another row.
        await store.CommitAsync(Insert("third", "other", point));
        await store.CommitAsync(Insert("fourth", "tick", point.AddSeconds(1)));
        Assert.NotNull(await store.FindAsync("fourth"));
    }
}

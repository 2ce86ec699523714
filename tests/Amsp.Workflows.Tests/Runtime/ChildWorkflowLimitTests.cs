using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class ChildWorkflowLimitTests
{
    private static Flow Starts(string id, string child) => new Flow(id)
        .Activity("start", "Start").Activity("run", "RunWorkflow", ("DefinitionId", Lit(child))).Chain("start", "run");

    private static async Task<IReadOnlyList<WorkflowInstance>> TreeAsync(TestEngine engine, string rootId) =>
        [.. (await engine.Instances.QueryAsync(new InstanceQuery { Take = int.MaxValue })).Where(i => i.Id == rootId || i.RootInstanceId == rootId)];

    [Fact]
    public async Task A_workflow_that_starts_itself_faults_at_the_depth_limit_with_the_chain_named()
    {
        await using var engine = TestEngine.InMemory();
        var root = await engine.RunAsync(Starts("again", "again"));

        Assert.Equal(WorkflowStatus.Suspended, root.Status);
        var tree = await TreeAsync(engine, root.InstanceId);
        Assert.Equal(16, tree.Count);
        var faulted = Assert.Single(tree, i => i.Status == WorkflowStatus.Faulted);
        Assert.Equal(15, faulted.State.Ancestors!.Count);
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(faulted.Id));
        Assert.Equal(nameof(WorkflowLimitExceededException), incident.ErrorType);
        Assert.Equal("RunWorkflow would start 'again' 17 levels deep, past the limit of 16 (Limits.MaxDepth): "
            + string.Join(" → ", Enumerable.Repeat("again", 17)) + ".", incident.Message);
        Assert.All(tree.Where(i => i.Id != faulted.Id), i => Assert.Equal(WorkflowStatus.Suspended, i.Status));
    }

    [Fact]
    public async Task Two_workflows_that_start_each_other_fault_at_a_configured_depth()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxDepth = 5);
        await engine.PublishAsync(Starts("ping", "pong").Build());
        var root = await engine.RunAsync(Starts("pong", "ping"));

        var tree = await TreeAsync(engine, root.InstanceId);
        Assert.Equal(5, tree.Count);
        var faulted = Assert.Single(tree, i => i.Status == WorkflowStatus.Faulted);
        Assert.EndsWith("(Limits.MaxDepth): pong → ping → pong → ping → pong → ping.", Assert.Single(await engine.Instances.ListIncidentsAsync(faulted.Id)).Message, StringComparison.Ordinal);

        await engine.Runtime.CancelAsync(root.InstanceId);
        Assert.All(await TreeAsync(engine, root.InstanceId), i => Assert.Equal(WorkflowStatus.Cancelled, i.Status));
    }

    [Fact]
    public async Task A_fork_bomb_committing_per_activity_stops_at_the_roots_descendant_limit()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxDescendants = 30);
        var root = await engine.RunAsync(new Flow("bomb").CommitPerActivity()
            .Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(new JsonArray("a", "b"))))
            .Activity("a", "RunWorkflow", ("DefinitionId", Lit("bomb"))).Activity("b", "RunWorkflow", ("DefinitionId", Lit("bomb")))
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b"));

        var tree = await TreeAsync(engine, root.InstanceId);
        Assert.Equal(31, tree.Count);
        var refused = tree.Where(i => i.Status == WorkflowStatus.Faulted).ToList();
        Assert.NotEmpty(refused);
        var incident = (await engine.Instances.ListIncidentsAsync(refused[0].Id))[0];
        Assert.StartsWith($"Root instance '{root.InstanceId}' has started 30 instances through RunWorkflow, its limit (Limits.MaxDescendants = 30)", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Children_past_the_callers_budget_run_in_the_background()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxActivitiesPerBurst = 10);
        await engine.PublishAsync(new Flow("leaf").Activity("start", "Start").Activity("a", "Record").Chain("start", "a").Build());
        var branches = new JsonArray([.. Enumerable.Range(0, 8).Select(i => (JsonNode)$"b{i}")]);
        var flow = new Flow("fan").Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(branches))).Connect("start", "fork");
        for (var i = 0; i < 8; i++) flow.Activity($"run{i}", "RunWorkflow", ("DefinitionId", Lit("leaf"))).Connect("fork", $"run{i}", $"b{i}");
        var root = await engine.RunAsync(flow);

        Assert.Equal(WorkflowStatus.Suspended, root.Status);
        var scheduler = (ManualWorkflowScheduler)engine.Services.GetService(typeof(IWorkflowScheduler))!;
        Assert.NotEmpty(scheduler.Dispatched);
        await scheduler.RunDispatchedAsync(engine.Runtime);
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(root.InstanceId)).Status);
        Assert.Equal(8, engine.Recorder.Executions.Count);
    }
}

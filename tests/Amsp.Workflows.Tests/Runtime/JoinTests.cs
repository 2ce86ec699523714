using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class JoinTests
{
    private static Flow ForkJoin(string mode, string branchB) => new Flow("forkjoin")
        .Activity("start", "Start")
        .Activity("fork", "Fork", ("Branches", Lit(new JsonArray("a", "b"))))
        .Activity("a", "Record")
        .Activity("b", branchB, branchB == "WaitForSignal" ? [("Signal", Lit("b-done"))] : [])
        .Activity("join", "Join", ("Mode", Lit(mode)))
        .Activity("after", "Record")
        .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b")
        .Connect("a", "join").Connect("b", "join").Connect("join", "after");

    [Fact]
    public async Task WaitAll_continues_once_after_every_branch_arrived()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(ForkJoin("WaitAll", "Record"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a", "b", "after"], engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task WaitAll_waits_for_a_suspended_branch()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(ForkJoin("WaitAll", "WaitForSignal"));
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(["a"], engine.Recorder.ExecutedIds);

        await engine.Runtime.TriggerAsync(new Stimulus("b-done"));

        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(result.InstanceId)).Status);
        Assert.Equal(["a", "after"], engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task WaitAll_does_not_wait_for_a_branch_that_can_no_longer_arrive()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("unreachable")
            .Activity("start", "Start")
            .Activity("fork", "Fork", ("Branches", Lit(new JsonArray("a", "b"))))
            .Activity("a", "Record")
            .Activity("d", "Decision", ("Condition", Lit(false)))
            .Activity("b", "Record")
            .Activity("join", "Join")
            .Activity("after", "Record")
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "d", "b").Connect("d", "b", "True")
            .Connect("a", "join").Connect("b", "join").Connect("join", "after"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a", "after"], engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task WaitAny_continues_on_the_first_arrival_and_cancels_the_other_branch()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(ForkJoin("WaitAny", "WaitForSignal"));

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a", "after"], engine.Recorder.ExecutedIds);
        Assert.Empty(await engine.Instances.ListBookmarksAsync(result.InstanceId));
        var journal = await engine.Instances.ReadJournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e is { EventType: JournalEventType.Cancelled, ActivityId: "b" });
    }

    [Fact]
    public async Task WaitAny_runs_its_continuation_once_when_both_branches_complete_together()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(ForkJoin("WaitAny", "Record"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Single(engine.Recorder.ExecutedIds, id => id == "after");
    }

    [Fact]
    public async Task A_fork_of_thousands_of_branches_joins_once_after_all_of_them()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxBranches = 3_200);
        var flow = new Flow("wide").Activity("start", "Start")
            .Activity("fork", "Fork", ("Branches", Lit(new JsonArray([.. Enumerable.Range(0, 3_200).Select(i => (JsonNode)$"b{i}")]))))
            .Activity("join", "Join").Activity("after", "Record").Connect("start", "fork").Connect("join", "after");
        for (var i = 0; i < 3_200; i++) flow.Activity($"a{i}", "Record").Connect("fork", $"a{i}", $"b{i}").Connect($"a{i}", "join");

        var result = await engine.RunAsync(flow);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(3_201, engine.Recorder.Executions.Count);
        Assert.Equal("after", engine.Recorder.ExecutedIds.Last());
    }
}

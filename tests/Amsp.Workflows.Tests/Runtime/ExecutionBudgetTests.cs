using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class ExecutionBudgetTests
{
    /// <summary>An activity connected to itself: a cycle with no blocking activity.</summary>
    private static Flow SelfLoop(string type = "Record") => new Flow("spin")
        .Activity("start", "Start").Activity("spin", type).Connect("start", "spin").Connect("spin", "spin");

    [Fact]
    public async Task A_cycle_with_no_blocking_activity_is_suspended_with_an_incident_at_its_activity_budget()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxActivitiesPerBurst = 500);
        var result = await engine.RunAsync(SelfLoop());

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(499, engine.Recorder.Executions.Count); // and Start
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.Equal(("spin", "ExecutionBudgetExceeded", "Suspended"), (incident.ActivityId, incident.ErrorType, incident.Resolution));
        Assert.Contains("ran 500 activities", incident.Message, StringComparison.Ordinal);
        Assert.Contains("500 activities or 30 s", incident.Message, StringComparison.Ordinal);
        var pause = Assert.Single(await engine.Instances.ListBookmarksAsync(result.InstanceId));
        Assert.Equal((WorkflowRuntime.BudgetBookmarkName, result.InstanceId), (pause.Name, pause.CorrelationId));
    }

    [Fact]
    public async Task Resuming_the_pause_bookmark_runs_one_more_budget_and_cancelling_ends_it()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxActivitiesPerBurst = 200);
        var result = await engine.RunAsync(SelfLoop());

        var again = await engine.Runtime.TriggerAsync(new Stimulus(WorkflowRuntime.BudgetBookmarkName, result.InstanceId));
        Assert.Equal(WorkflowStatus.Suspended, Assert.Single(again.Resumed).Status);
        Assert.Equal(199 + 200, engine.Recorder.Executions.Count);
        Assert.Equal(2, (await engine.InstanceAsync(result.InstanceId)).IncidentCount);

        var cancelled = await engine.Runtime.CancelAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(await engine.Instances.ListBookmarksAsync(result.InstanceId));
        Assert.Null((await engine.InstanceAsync(result.InstanceId)).State.Paused);
    }

    [Fact]
    public async Task A_burst_stops_at_its_wall_time_from_the_engine_clock()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxBurstDuration = TimeSpan.FromSeconds(20));
        var result = await engine.RunAsync(SelfLoop("Tick"));

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(20, engine.Recorder.Executions.Count); // Start takes no time
        Assert.Contains("in 20.0 s", Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_may_lower_its_budget()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(SelfLoop().Budget(maxActivities: 40));
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(39, engine.Recorder.Executions.Count);
    }

    [Fact]
    public async Task A_ten_thousand_iteration_loop_completes_with_the_default_budget()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(CountingLoop("count", 10_000));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(10_000, result.Output["i"]!.GetValue<long>());
        Assert.Equal(0, result.IncidentCount);
    }

    [Fact]
    public async Task A_long_loop_that_is_allowed_yields_at_its_budget_and_continues_in_the_background()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxActivitiesPerBurst = 1_000);
        var result = await engine.RunAsync(CountingLoop("count", 2_000).Budget(allowLongLoops: true));

        Assert.Equal(WorkflowStatus.Running, result.Status);
        var scheduler = (ManualWorkflowScheduler)engine.Services.GetService(typeof(IWorkflowScheduler))!;
        Assert.Equal([result.InstanceId], scheduler.Dispatched);
        // 4,002 activities: four bursts of 1,000 yield, the fifth finishes.
        Assert.Equal(4, await scheduler.RunDispatchedAsync(engine.Runtime));

        var instance = await engine.InstanceAsync(result.InstanceId);
        Assert.Equal((WorkflowStatus.Finished, 2_000L, 0), (instance.Status, instance.State.Output["i"]!.GetValue<long>(), instance.IncidentCount));
    }

    [Fact]
    public async Task A_long_burst_commits_its_instance_at_each_slice_and_a_cancel_gets_in_between_slices()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.SliceActivities = 10);
        var result = await engine.RunAsync(SelfLoop("Probe"));

        Assert.Equal(WorkflowStatus.Cancelled, result.Status);
        // Not stored while the first slice ran (Start and nine probes); stored from the first activity of the second.
        Assert.Equal(10, engine.Recorder.SeenStored);
        Assert.Equal(WorkflowStatus.Cancelled, (await engine.Recorder.CancelRequested!).Status);
        var executed = engine.Recorder.Executions.Count;
        Assert.True(executed < 100_000 && executed % 10 == 9, $"{executed} executions");
    }

    [Fact]
    public async Task A_slice_also_ends_after_its_wall_time()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxActivitiesPerBurst = 12);
        var result = await engine.RunAsync(new Flow("slow")
            .Activity("start", "Start").Activity("tick", "Tick", ("Seconds", Lit(0.4))).Connect("start", "tick").Connect("tick", "tick"));

        // 0.4 s per activity: every three activities pass a second and end a slice with a commit; the fourth commit is the budget's.
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(4, (await engine.InstanceAsync(result.InstanceId)).Version);
    }
}

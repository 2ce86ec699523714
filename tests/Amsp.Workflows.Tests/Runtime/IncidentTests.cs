using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class IncidentTests
{
    private static Flow FlakyFlow(int failTimes) => new Flow("flaky")
        .Activity("start", "Start").Activity("call", "Flaky", ("FailTimes", Lit(failTimes))).Activity("after", "Record")
        .Chain("start", "call", "after");

    [Fact]
    public async Task An_activity_that_throws_records_an_incident_and_faults_the_instance_by_default()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(1));

        Assert.Equal((WorkflowStatus.Faulted, 1), (result.Status, result.IncidentCount));
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.Equal(("call", 1, "Faulted", "InvalidOperationException"), (incident.ActivityId, incident.Attempt, incident.Resolution, incident.ErrorType));
        Assert.Equal(engine.Clock.GetUtcNow(), incident.Timestamp);
    }

    [Fact]
    public async Task An_operator_retry_reruns_the_faulted_activity_with_the_same_execution_id()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(1));

        var retried = await engine.Runtime.RetryAsync(result.InstanceId);

        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        var calls = engine.Recorder.Executions.Where(e => e.ActivityId == "call").ToList();
        Assert.Equal([1, 2], calls.Select(c => c.Attempt));
        Assert.Single(calls.Select(c => c.ExecutionId).Distinct());
        Assert.Contains("after", engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task Retrying_an_instance_that_is_not_faulted_is_refused()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(0));
        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Runtime.RetryAsync(result.InstanceId));
    }

    [Fact]
    public async Task Retry_with_backoff_waits_on_the_clock_between_attempts()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(2).Incidents(IncidentMode.Retry, attempts: 3, delay: TimeSpan.FromSeconds(10)));
        Assert.Equal(WorkflowStatus.Suspended, result.Status);

        engine.Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await engine.Runtime.ProcessDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.Runtime.ProcessDueTimersAsync());
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(result.InstanceId)).Status);

        // Exponential: the second retry waits 20 s.
        engine.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await engine.Runtime.ProcessDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.Runtime.ProcessDueTimersAsync());

        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(result.InstanceId)).Status);
        var incidents = await engine.Instances.ListIncidentsAsync(result.InstanceId);
        Assert.Equal([(1, "RetryScheduled"), (2, "RetryScheduled")], incidents.Select(i => (i.Attempt, i.Resolution)));
        Assert.Equal([1, 2, 3], engine.Recorder.Executions.Where(e => e.ActivityId == "call").Select(e => e.Attempt));
    }

    [Fact]
    public async Task Retry_faults_the_instance_when_attempts_are_exhausted()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(5).Incidents(IncidentMode.Retry, attempts: 1, delay: TimeSpan.FromSeconds(1)));
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await engine.Runtime.ProcessDueTimersAsync();

        var instance = await engine.InstanceAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incidents = await engine.Instances.ListIncidentsAsync(result.InstanceId);
        Assert.Equal(["RetryScheduled", "Faulted"], incidents.Select(i => i.Resolution));
    }

    [Fact]
    public async Task Jitter_keeps_the_retry_delay_within_half_to_one_and_a_half_of_the_backoff()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(FlakyFlow(1).Incidents(IncidentMode.Retry, attempts: 3, delay: TimeSpan.FromSeconds(10), jitter: true));
        var timer = Assert.Single(await engine.Instances.ListBookmarksAsync(result.InstanceId));
        var wait = timer.DueAt!.Value - engine.Clock.GetUtcNow();
        Assert.InRange(wait, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Continue_records_the_incident_drops_the_failing_branch_and_finishes_the_others()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("continue").Incidents(IncidentMode.Continue)
            .Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(new System.Text.Json.Nodes.JsonArray("x", "y"))))
            .Activity("bad", "Flaky", ("FailTimes", Lit(9))).Activity("afterBad", "Record").Activity("good", "Record")
            .Connect("start", "fork").Connect("fork", "bad", "x").Connect("fork", "good", "y").Connect("bad", "afterBad"));

        Assert.Equal((WorkflowStatus.Finished, 1), (result.Status, result.IncidentCount));
        Assert.Contains("good", engine.Recorder.ExecutedIds);
        Assert.DoesNotContain("afterBad", engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task A_failing_expression_is_an_incident_with_the_script_error()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("expr")
            .Activity("start", "Start").Activity("d", "Decision", ("Condition", Js("variables.missing.deeper"))).Chain("start", "d"));
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.StartsWith("JavaScript error", incident.Message, StringComparison.Ordinal);
    }
}

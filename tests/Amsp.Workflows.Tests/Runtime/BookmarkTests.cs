using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class BookmarkTests
{
    private static Flow Approval() => new Flow("approval")
        .Activity("start", "Start").Activity("wait", "WaitForSignal", ("Signal", Lit("approved"))).Activity("after", "Record")
        .Chain("start", "wait", "after");

    [Fact]
    public void The_bookmark_hash_is_deterministic_and_ignores_key_order_in_the_discriminator()
    {
        var a = Bookmark.ComputeHash("approved", "q-1", new JsonObject { ["a"] = 1, ["b"] = new JsonArray(1, 2) });
        var b = Bookmark.ComputeHash("approved", "q-1", new JsonObject { ["b"] = new JsonArray(1, 2), ["a"] = 1 });
        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
        Assert.NotEqual(a, Bookmark.ComputeHash("approved", "q-2", new JsonObject { ["a"] = 1, ["b"] = new JsonArray(1, 2) }));
        Assert.NotEqual(Bookmark.ComputeHash("approved", null, null), Bookmark.ComputeHash("approved", "", null));
    }

    [Fact]
    public async Task A_stimulus_resumes_every_matching_bookmark_and_reports_the_instances()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval().Build());
        var one = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "batch" });
        var two = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "batch" });
        var other = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "else" });

        var result = await engine.Runtime.TriggerAsync(new Stimulus("approved", "batch"));

        Assert.Equal(new[] { one.InstanceId, two.InstanceId }.Order(StringComparer.Ordinal), result.Resumed.Select(r => r.InstanceId).Order(StringComparer.Ordinal));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(other.InstanceId)).Status);
    }

    [Fact]
    public async Task A_bookmark_can_be_resumed_by_its_id_as_a_resume_token()
    {
        await using var engine = TestEngine.InMemory();
        var started = await engine.RunAsync(Approval());
        var resumed = await engine.Runtime.ResumeBookmarkAsync(Assert.Single(started.BookmarkIds));
        Assert.Equal(WorkflowStatus.Finished, resumed!.Status);
        Assert.Null(await engine.Runtime.ResumeBookmarkAsync(started.BookmarkIds[0]));
    }

    [Fact]
    public async Task A_hundred_concurrent_stimuli_for_one_bookmark_resume_it_exactly_once()
    {
        await using var engine = TestEngine.InMemory();
        var started = await engine.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "q-1" });

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => engine.Runtime.TriggerAsync(new Stimulus("approved", "q-1")))));

        Assert.Single(results.SelectMany(r => r.Resumed));
        Assert.Single(engine.Recorder.ExecutedIds, id => id == "after");
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task The_journal_records_each_step_in_order_with_outcomes_and_timestamps()
    {
        await using var engine = TestEngine.InMemory();
        var started = await engine.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "j" });
        engine.Clock.Advance(TimeSpan.FromHours(2));
        await engine.Runtime.TriggerAsync(new Stimulus("approved", "j"));

        var journal = await engine.Instances.ReadJournalAsync(started.InstanceId);
        Assert.Equal(Enumerable.Range(0, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
        var steps = journal.Where(e => e.ActivityId is not null).Select(e => (e.ActivityId, e.EventType)).ToList();
        Assert.Equal(
        [
            ("start", JournalEventType.Scheduled), ("start", JournalEventType.Started), ("start", JournalEventType.Completed),
            ("wait", JournalEventType.Scheduled), ("wait", JournalEventType.Started), ("wait", JournalEventType.Suspended),
            ("wait", JournalEventType.Resumed), ("wait", JournalEventType.Completed),
            ("after", JournalEventType.Scheduled), ("after", JournalEventType.Started), ("after", JournalEventType.Completed),
        ], steps);
        Assert.Equal("Done", journal.First(e => e is { ActivityId: "start", EventType: JournalEventType.Completed }).Outcome);
        Assert.Equal(JournalEventType.WorkflowFinished, journal[^1].EventType);
        Assert.Equal(TimeSpan.FromHours(2), journal[^1].Timestamp - journal[0].Timestamp);
    }

    [Fact]
    public async Task Cancelling_a_suspended_instance_removes_its_bookmarks()
    {
        await using var engine = TestEngine.InMemory();
        var started = await engine.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "c" });

        var cancelled = await engine.Runtime.CancelAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(await engine.Instances.ListBookmarksAsync(started.InstanceId));
        Assert.Empty((await engine.Runtime.TriggerAsync(new Stimulus("approved", "c"))).Resumed);
    }

    [Fact]
    public async Task Cancelling_an_unknown_instance_is_a_clear_error()
    {
        await using var engine = TestEngine.InMemory();
        await Assert.ThrowsAsync<KeyNotFoundException>(() => engine.Runtime.CancelAsync("nope"));
    }

    [Fact]
    public async Task A_required_workflow_input_must_be_given()
    {
        await using var engine = TestEngine.InMemory();
        var definition = Approval().Build();
        definition.Inputs = [new Amsp.Workflows.Model.ParameterDefinition { Name = "orderId", Required = true }];
        await engine.PublishAsync(definition);
        await Assert.ThrowsAsync<ArgumentException>(() => engine.Runtime.StartAsync("approval"));
    }
}

using Amsp.Workflows.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Persistence;

public sealed class EfPersistenceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Flow Approval() => new Flow("approval")
        .Variable("by").Output("by")
        .Activity("start", "Start").Activity("wait", "WaitForSignal", ("Signal", Lit("approved")))
        .Activity("who", "SetVariable", ("Variable", Lit("by")), ("Value", Js("outputs.wait.Payload.user")))
        .Activity("after", "Record")
        .Chain("start", "wait", "who", "after");

    [Fact]
    public async Task The_stores_use_the_engines_own_tables()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("tables.db"));
        await using var db = await engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal);
        Assert.Equal(["Bookmarks", "Incidents", "WorkflowDefinitions", "WorkflowInstances", "WorkflowJournal"], tables);
    }

    [Fact]
    public async Task Warming_up_writes_nothing_and_leaves_the_runtime_ready()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("warm.db"));
        await engine.Runtime.WarmUpAsync();

        Assert.Empty(await engine.Instances.QueryAsync(new InstanceQuery()));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "w" })).Status);
    }

    [Fact]
    public async Task A_suspended_instance_resumes_in_a_new_runtime_after_a_restart()
    {
        var path = _temp.File("restart.db");
        string instanceId;
        await using (var before = TestEngine.Sqlite(path))
        {
            var started = await before.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "q-9" });
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            instanceId = started.InstanceId;
        }

        await using var after = TestEngine.Sqlite(path);
        var result = await after.Runtime.TriggerAsync(new Stimulus("approved", "q-9", Payload: new() { ["user"] = "lin" }));

        Assert.Equal(instanceId, Assert.Single(result.Resumed).InstanceId);
        var instance = await after.InstanceAsync(instanceId);
        Assert.Equal((WorkflowStatus.Finished, "lin"), (instance.Status, instance.State.Output["by"]!.GetValue<string>()));
        var journal = await after.Instances.ReadJournalAsync(instanceId);
        Assert.Equal(JournalEventType.WorkflowFinished, journal[^1].EventType);
        Assert.Equal(Enumerable.Range(0, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
    }

    [Fact]
    public async Task A_run_killed_between_commits_resumes_from_the_last_commit_with_no_activity_lost()
    {
        var path = _temp.File("crash.db");
        var flow = new Flow("crashy").CommitPerActivity()
            .Activity("start", "Start").Activity("a", "Record").Activity("boom", "Crash").Activity("after", "Record")
            .Chain("start", "a", "boom", "after");
        var dying = new Recorder { CrashesLeft = 1 };
        await using (var before = TestEngine.Sqlite(path, recorder: dying))
        {
            await before.PublishAsync(flow.Build());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => before.Runtime.StartAsync("crashy", cancellationToken: dying.Kill.Token));
        }

        var survivor = new Recorder();
        await using var after = TestEngine.Sqlite(path, recorder: survivor);
        Assert.Equal(1, await after.Runtime.RecoverAsync());

        var instance = Assert.Single(await after.Instances.QueryAsync(new InstanceQuery { DefinitionId = "crashy" }));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["a", "boom"], dying.ExecutedIds);
        Assert.Equal(["boom", "after"], survivor.ExecutedIds);
        // The re-run reuses the execution id persisted before the crash: the idempotency key holds.
        Assert.Equal(dying.Executions.Last().ExecutionId, survivor.Executions.First().ExecutionId);
    }

    [Fact]
    public async Task A_hundred_concurrent_stimuli_from_two_runtimes_on_one_file_resume_the_bookmark_once()
    {
        var path = _temp.File("race.db");
        var recorder = new Recorder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        await using var first = TestEngine.Sqlite(path, recorder: recorder, clock: clock);
        await using var second = TestEngine.Sqlite(path, recorder: recorder, clock: clock);
        var started = await first.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "q-1" });

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).Runtime.TriggerAsync(new Stimulus("approved", "q-1", Payload: new() { ["user"] = $"u{i}" })))));

        Assert.Single(results.SelectMany(r => r.Resumed));
        Assert.Single(recorder.ExecutedIds, id => id == "after");
        Assert.Equal(WorkflowStatus.Finished, (await second.InstanceAsync(started.InstanceId)).Status);
        Assert.Empty(await second.Instances.ListBookmarksAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_stale_commit_is_rejected_by_the_version_check()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("stale.db"));
        var started = await engine.RunAsync(Approval(), new StartWorkflowOptions { CorrelationId = "s" });
        var stale = await engine.InstanceAsync(started.InstanceId);
        await engine.Runtime.TriggerAsync(new Stimulus("approved", "s"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => engine.Instances.CommitAsync(new InstanceCommit { Instance = stale, IsNew = false }));
    }

    [Fact]
    public async Task Timers_incidents_and_queries_work_on_the_database()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("timers.db"));
        var started = await engine.RunAsync(new Flow("timer")
            .Activity("start", "Start").Activity("wait", "Delay", ("Duration", Lit("01:00:00"))).Activity("f", "Flaky", ("FailTimes", Lit(1)))
            .Chain("start", "wait", "f"), new StartWorkflowOptions { CorrelationId = "t-1" });

        Assert.Empty(await engine.Instances.FindDueBookmarksAsync(engine.Clock.GetUtcNow(), 10));
        engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await engine.Runtime.ProcessDueTimersAsync());

        var faulted = Assert.Single(await engine.Instances.QueryAsync(new InstanceQuery { Status = WorkflowStatus.Faulted, CorrelationId = "t-1" }));
        Assert.Equal(started.InstanceId, faulted.Id);
        Assert.Equal(engine.Clock.GetUtcNow(), Assert.Single(await engine.Instances.ListIncidentsAsync(started.InstanceId)).Timestamp);
        Assert.Equal(WorkflowStatus.Finished, (await engine.Runtime.RetryAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Pending_timers_are_handed_to_the_scheduler_again_after_a_restart()
    {
        var path = _temp.File("timers-restart.db");
        string bookmarkId;
        await using (var before = TestEngine.Sqlite(path))
        {
            var started = await before.RunAsync(new Flow("later")
                .Activity("start", "Start").Activity("wait", "Delay", ("Duration", Lit("01:00:00"))).Chain("start", "wait"));
            bookmarkId = Assert.Single(started.BookmarkIds);
        }

        await using var after = TestEngine.Sqlite(path);
        Assert.Equal(1, await after.Runtime.RestoreTimersAsync());

        var scheduler = (ManualWorkflowScheduler)after.Services.GetRequiredService<IWorkflowScheduler>();
        var timer = Assert.Single(scheduler.Timers);
        Assert.Equal((bookmarkId, after.Clock.GetUtcNow() + TimeSpan.FromHours(1)), (timer.BookmarkId, timer.DueAt));
    }

    [Fact]
    public async Task Due_timers_of_a_faulted_instance_are_not_offered_to_the_scheduler()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("faulted-timer.db"));
        var started = await engine.RunAsync(new Flow("ft")
            .Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(new System.Text.Json.Nodes.JsonArray("a", "b"))))
            .Activity("wait", "Delay", ("Duration", Lit("00:01:00"))).Activity("f", "Fault", ("Message", Lit("stop")))
            .Connect("start", "fork").Connect("fork", "wait", "a").Connect("fork", "f", "b"));
        Assert.Equal(WorkflowStatus.Faulted, started.Status);

        engine.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(await engine.Instances.FindDueBookmarksAsync(engine.Clock.GetUtcNow(), 10));
        Assert.Single(await engine.Instances.ListBookmarksAsync(started.InstanceId));
    }

    [Fact]
    public async Task The_definition_lifecycle_works_on_the_database()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("defs.db"));
        await engine.PublishAsync(Approval().Build());
        var v1Run = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "v1" });
        var v2 = await engine.PublishAsync(Approval().Build());
        var reverted = await engine.Definitions.RevertAsync("approval", 1);
        var store = engine.Services.GetRequiredService<IWorkflowDefinitionStore>();

        Assert.Equal(2, v2.Version);
        Assert.Equal(3, reverted.Version);
        Assert.Equal([(1, false, false), (2, false, true), (3, true, false)], (await store.ListVersionsAsync("approval")).Select(v => (v.Version, v.IsLatest, v.IsPublished)));
        await engine.Runtime.TriggerAsync(new Stimulus("approved", "v1", Payload: new() { ["user"] = "kim" }));
        Assert.Equal((1, WorkflowStatus.Finished), ((await engine.InstanceAsync(v1Run.InstanceId)).DefinitionVersion, (await engine.InstanceAsync(v1Run.InstanceId)).Status));
        await engine.Definitions.DeleteVersionAsync("approval", 3);
        Assert.Equal(2, (await store.FindLatestAsync("approval"))!.Version);
    }
}

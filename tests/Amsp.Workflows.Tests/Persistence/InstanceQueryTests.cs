using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Persistence;

/// <summary>Time ranges, paging and deletion, the same on both stores (EF on a real SQLite file).</summary>
public sealed class InstanceQueryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private TestEngine Engine(string store) => store == "sqlite" ? TestEngine.Sqlite(_temp.File("queries.db")) : TestEngine.InMemory();

    private static Flow Waiting() => new Flow("waiting")
        .Activity("start", "Start").Activity("wait", "WaitForSignal", ("Signal", Lit("go"))).Activity("after", "Record")
        .Chain("start", "wait", "after");

    private static Flow Failing() => new Flow("failing")
        .Activity("start", "Start").Activity("call", "Flaky", ("FailTimes", Lit(1))).Incidents(IncidentMode.Retry, attempts: 3)
        .Chain("start", "call");

    /// <summary>Starts instances a minute apart, oldest first.</summary>
    private static async Task<List<WorkflowInstance>> StartAsync(TestEngine engine, int count)
    {
        await engine.PublishAsync(Waiting().Build());
        var started = new List<WorkflowInstance>();
        for (var i = 0; i < count; i++)
        {
            engine.Clock.Advance(TimeSpan.FromMinutes(1));
            started.Add(await engine.InstanceAsync((await engine.Runtime.StartAsync("waiting")).InstanceId));
        }
        return started;
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task A_time_range_includes_its_start_and_excludes_its_end(string store)
    {
        await using var engine = Engine(store);
        var started = await StartAsync(engine, 4);

        var found = await engine.Instances.QueryAsync(new InstanceQuery { CreatedFrom = started[1].CreatedAt, CreatedTo = started[3].CreatedAt });

        Assert.Equal([started[2].Id, started[1].Id], found.Select(i => i.Id));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Pages_are_newest_first_with_the_id_breaking_ties(string store)
    {
        await using var engine = Engine(store);
        await engine.PublishAsync(Waiting().Build());
        // Three instances at the same instant, then two later ones.
        var sameTime = new List<string>();
        for (var i = 0; i < 3; i++) sameTime.Add((await engine.Runtime.StartAsync("waiting")).InstanceId);
        var later = await StartAsync(engine, 2);
        List<string> expected = [later[1].Id, later[0].Id, .. sameTime.OrderDescending(StringComparer.Ordinal)];

        var pages = new List<string>();
        for (var skip = 0; skip < 6; skip += 2)
        {
            pages.AddRange((await engine.Instances.QueryAsync(new InstanceQuery { Skip = skip, Take = 2 })).Select(i => i.Id));
        }

        Assert.Equal(expected, pages);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Keyset_pages_continue_after_the_last_instance_seen_through_ties_of_creation_time(string store)
    {
        await using var engine = Engine(store);
        await engine.PublishAsync(Waiting().Build());
        var sameTime = new List<string>();
        for (var i = 0; i < 3; i++) sameTime.Add((await engine.Runtime.StartAsync("waiting")).InstanceId);
        var later = await StartAsync(engine, 2);
        List<string> expected = [later[1].Id, later[0].Id, .. sameTime.OrderDescending(StringComparer.Ordinal)];

        var pages = new List<string>();
        InstanceCursor? cursor = null;
        while (true)
        {
            var page = await engine.Instances.QueryAsync(new InstanceQuery { Before = cursor, Take = 2 });
            pages.AddRange(page.Select(i => i.Id));
            if (page.Count < 2) break;
            cursor = new InstanceCursor(page[^1].CreatedAt, page[^1].Id);
        }

        Assert.Equal(expected, pages);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Deleting_an_ended_instance_removes_its_bookmarks_journal_and_incidents(string store)
    {
        await using var engine = Engine(store);
        await engine.PublishAsync(Failing().Build());
        var retrying = await engine.Runtime.StartAsync("failing");
        Assert.Single(retrying.BookmarkIds); // the retry timer
        var cancelled = await engine.Runtime.CancelAsync(retrying.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        var kept = (await StartAsync(engine, 1))[0];

        await engine.Instances.DeleteAsync(retrying.InstanceId);

        Assert.Null(await engine.Instances.FindAsync(retrying.InstanceId));
        Assert.Empty(await engine.Instances.ReadJournalAsync(retrying.InstanceId));
        Assert.Empty(await engine.Instances.ListIncidentsAsync(retrying.InstanceId));
        Assert.Empty(await engine.Instances.ListBookmarksAsync(retrying.InstanceId));
        Assert.Equal([kept.Id], (await engine.Instances.QueryAsync(new InstanceQuery())).Select(i => i.Id));
        Assert.NotEmpty(await engine.Instances.ReadJournalAsync(kept.Id));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task A_faulted_instance_with_a_pending_bookmark_is_deleted_with_it(string store)
    {
        await using var engine = Engine(store);
        var flow = new Flow("forked")
            .Activity("start", "Start").Activity("wait", "WaitForSignal", ("Signal", Lit("go")))
            .Activity("call", "Flaky", ("FailTimes", Lit(1)))
            .Connect("start", "wait").Connect("start", "call");
        var faulted = await engine.RunAsync(flow);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.NotEmpty(await engine.Instances.ListBookmarksAsync(faulted.InstanceId));

        await engine.Instances.DeleteAsync(faulted.InstanceId);

        Assert.Empty(await engine.Instances.ListBookmarksAsync(faulted.InstanceId));
        Assert.Empty(await engine.Instances.FindBookmarksByHashAsync(Bookmark.ComputeHash("go", null, null)));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Deleting_a_suspended_instance_is_refused_and_an_unknown_one_is_not_found(string store)
    {
        await using var engine = Engine(store);
        var suspended = (await StartAsync(engine, 1))[0];

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Instances.DeleteAsync(suspended.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => engine.Instances.DeleteAsync("nope"));

        Assert.Contains("Suspended", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(suspended.Id)).Status);
        Assert.NotEmpty(await engine.Instances.ListBookmarksAsync(suspended.Id));
    }
}

using System.Data.Common;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Workflows.Tests.Persistence;

/// <summary>
/// Commits that queue behind a writer are written together, each keeping its own outcome. The first commit is held
/// inside its transaction by an interceptor, so the others are certain to be queued when it lets go.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly HeldCommits _commits = new();
    private ServiceProvider _services = null!;
    private EfWorkflowInstanceStore _store = null!;

    public async Task InitializeAsync()
    {
        var path = _temp.File("group.db");
        _services = new ServiceCollection()
            .AddPooledDbContextFactory<WorkflowDbContext>(o => o.UseSqlite($"Data Source={path}").AddInterceptors(_commits))
            .BuildServiceProvider();
        var factory = _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }
        _store = new EfWorkflowInstanceStore(factory);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Commits_queued_behind_a_writer_are_written_in_one_transaction()
    {
        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        var queued = Enumerable.Range(0, 40).Select(i => _store.CommitAsync(Commit(NewInstance($"queued-{i}")))).ToList();
        Assert.All(queued, t => Assert.False(t.IsCompleted));

        _commits.Release();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal(2, _commits.Count);
        Assert.Equal(41, (await _store.QueryAsync(new InstanceQuery { Take = 100 })).Count);
        Assert.Single(await _store.ReadJournalAsync("queued-39"));
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_written_in_several_transactions()
    {
        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        var count = EfWorkflowInstanceStore.MaxBatchSize + 6;
        var queued = Enumerable.Range(0, count).Select(i => _store.CommitAsync(Commit(NewInstance($"q-{i}")))).ToList();

        _commits.Release();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal(3, _commits.Count);
        Assert.Equal(count + 1, (await _store.QueryAsync(new InstanceQuery { Take = 1000 })).Count);
    }

    [Fact]
    public async Task A_stale_update_in_a_batch_fails_alone()
    {
        var existing = NewInstance("existing");
        await _store.CommitAsync(Commit(existing));
        var stale = NewInstance("existing");
        stale.Status = WorkflowStatus.Cancelled;   // loaded at version 0, but the row is at version 1

        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        var before = _store.CommitAsync(Commit(NewInstance("before")));
        var conflict = _store.CommitAsync(new InstanceCommit { Instance = stale, IsNew = false });
        var after = _store.CommitAsync(Commit(NewInstance("after")));
        _commits.Release();
        await first;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => conflict);
        await Task.WhenAll(before, after);
        Assert.Equal(WorkflowStatus.Suspended, (await _store.FindAsync("existing"))!.Status);
        Assert.NotNull(await _store.FindAsync("before"));
        Assert.NotNull(await _store.FindAsync("after"));
    }

    [Fact]
    public async Task A_duplicate_id_in_a_batch_fails_alone_and_the_rest_is_written()
    {
        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        var one = _store.CommitAsync(Commit(NewInstance("twin")));
        var two = _store.CommitAsync(Commit(NewInstance("twin")));
        var other = _store.CommitAsync(Commit(NewInstance("other")));
        _commits.Release();
        await first;

        await one;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => two);
        await other;
        Assert.Equal(["first", "other", "twin"], (await _store.QueryAsync(new InstanceQuery())).Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Single(await _store.ReadJournalAsync("twin"));
    }

    [Fact]
    public async Task A_commit_cancelled_while_queued_writes_nothing()
    {
        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        using var cancel = new CancellationTokenSource();
        var withdrawn = _store.CommitAsync(Commit(NewInstance("withdrawn")), cancel.Token);
        var kept = _store.CommitAsync(Commit(NewInstance("kept")));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withdrawn);
        _commits.Release();
        await first;
        await kept;

        Assert.Null(await _store.FindAsync("withdrawn"));
        Assert.NotNull(await _store.FindAsync("kept"));
        Assert.Equal(2, _commits.Count);
    }

    [Fact]
    public async Task A_committed_instance_carries_its_new_version()
    {
        var instance = NewInstance("versioned");
        await _store.CommitAsync(Commit(instance));
        instance.Status = WorkflowStatus.Finished;
        await _store.CommitAsync(new InstanceCommit { Instance = instance, IsNew = false });

        Assert.Equal(2, instance.Version);
        Assert.Equal((WorkflowStatus.Finished, 2), ((await _store.FindAsync("versioned"))!.Status, (await _store.FindAsync("versioned"))!.Version));
    }

    /// <summary>Starts a commit and returns once it is inside its transaction, held there until <see cref="HeldCommits.Release"/>.</summary>
    [Fact]
    public async Task Work_between_commits_waits_for_the_batch_being_written()
    {
        var first = await HoldFirstAsync(Commit(NewInstance("first")));
        await using var db = await _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var ran = false;

        var between = EfWorkflowInstanceStore.BetweenCommitsAsync(db, _ => Task.FromResult(ran = true));

        // The writer's turn is taken, so the work has not even been started.
        Assert.False(ran);
        _commits.Release();
        await first;
        Assert.True(await between);
    }

    [Fact]
    public async Task Commits_that_arrive_between_commits_wait_and_are_written_together_after()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        List<Task> arrived = [];
        var transactions = _commits.Count;

        var seen = await EfWorkflowInstanceStore.BetweenCommitsAsync(db, async cancellationToken =>
        {
            arrived = Enumerable.Range(0, 5).Select(i => _store.CommitAsync(Commit(NewInstance($"arrived-{i}")))).ToList();
            Assert.All(arrived, t => Assert.False(t.IsCompleted));
            return (await _store.QueryAsync(new InstanceQuery { Take = 10 }, cancellationToken)).Count;
        });
        await Task.WhenAll(arrived);

        Assert.Equal(0, seen);
        Assert.Equal(transactions + 1, _commits.Count);
        Assert.Equal(5, (await _store.QueryAsync(new InstanceQuery { Take = 10 })).Count);
    }

    private async Task<Task> HoldFirstAsync(InstanceCommit commit)
    {
        _commits.Hold();
        var task = _store.CommitAsync(commit);
        await _commits.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        return task;
    }

    private static InstanceCommit Commit(WorkflowInstance instance) => new()
    {
        Instance = instance,
        IsNew = true,
        Journal = [new JournalEntry(instance.Id, 0, instance.CreatedAt, JournalEventType.WorkflowStarted, null, null, null, null, null, null)],
    };

    private static WorkflowInstance NewInstance(string id) => new()
    {
        Id = id,
        DefinitionId = "d",
        DefinitionVersionId = "d-v1",
        DefinitionVersion = 1,
        Status = WorkflowStatus.Suspended,
        CreatedAt = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero),
        State = new InstanceState(),
    };

    /// <summary>Counts committed transactions; when told to, holds the next one before it commits.</summary>
    private sealed class HeldCommits : DbTransactionInterceptor
    {
        private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;
        private int _count;

        public Task Entered => _entered.Task;

        public int Count => Volatile.Read(ref _count);

        public void Hold()
        {
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _count = 0;
            Volatile.Write(ref _armed, 1);
        }

        public void Release() => _release.TrySetResult();

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _entered.TrySetResult();
                await _release.Task;
            }
            return result;
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Workflows.Persistence.EntityFramework;

/// <summary>
/// Instance store on <see cref="WorkflowDbContext"/>. A commit is one transaction: a conditional update of
/// the instance row (<c>WHERE Version = expected</c>), bookmark deletes and inserts, journal and incident inserts.
/// </summary>
/// <remarks>
/// Writes to one database go through one lane per process: commits that arrive while another batch is being
/// written queue up and are written together, in one transaction, by whichever caller takes the lane next (group
/// commit). Each commit keeps its own outcome: a lost optimistic race fails only that commit, and a batch that
/// cannot be written as a whole is written again commit by commit. On SQLite the lane is also the file's one
/// writer, so this process's writes never collide on the file lock.
/// </remarks>
public sealed partial class EfWorkflowInstanceStore(IDbContextFactory<WorkflowDbContext> factory) : IWorkflowInstanceStore
{
    /// <summary>Most commits written in one transaction.</summary>
    public const int MaxBatchSize = 64;

    /// <summary>A writer that finds fewer commits than this queued yields twice before taking them.</summary>
    private const int GatherBelow = 8;

    private static readonly ConcurrentDictionary<string, WriteLane> Lanes = new(StringComparer.Ordinal);

    private WriteLane? _lane;

    private readonly RowInserts _inserts = new();

    /// <inheritdoc />
    public async Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        // Rows are prepared by each caller, outside the lane, so that concurrent commits serialize in parallel.
        var record = ToRecord(commit.Instance);
        record.Version = commit.Instance.Version + 1;
        var pending = new PendingCommit(commit, record);
        var lane = await GetLaneAsync(cancellationToken);
        lane.Queue.Enqueue(pending);
        try
        {
            await lane.Gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (pending.TryCancel())
        {
            // Withdrawn before any writer took it: nothing of it is written.
            throw;
        }
        catch (OperationCanceledException)
        {
            // A writer took it already: its outcome stands.
            await pending.Done.Task;
            return;
        }
        try
        {
            // A writer that ran while this caller waited may have written this commit in its batch.
            while (!pending.Done.Task.IsCompleted)
            {
                if (lane.Queue.Count < GatherBelow)
                {
                    // Let commits already on their way join this batch: two turns of the thread pool cost
                    // microseconds, and every batch pays a fixed price in the log (on SQLite, a rewritten page
                    // per index it appends to), so fuller batches write less per commit.
                    await Task.Yield();
                    await Task.Yield();
                }
                await WriteBatchAsync(lane.TakeBatch());
            }
        }
        finally
        {
            lane.Gate.Release();
        }
        await pending.Done.Task;
    }

    /// <summary>Runs a write on a fresh context in this database's lane (one writer at a time per process).</summary>
    private async Task WriteAsync(Func<WorkflowDbContext, Task> write, CancellationToken cancellationToken)
    {
        var lane = await GetLaneAsync(cancellationToken);
        await lane.RunAsync(async c =>
        {
            await using var db = await factory.CreateDbContextAsync(c);
            await write(db);
            return true;
        }, cancellationToken);
    }

    private async ValueTask<WriteLane> GetLaneAsync(CancellationToken cancellationToken)
    {
        if (_lane is { } lane) return lane;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return _lane = LaneOf(db);
    }

    /// <summary>Keyed by the database, so that every store on one SQLite file shares its one writer.</summary>
    private static WriteLane LaneOf(DbContext db) =>
        Lanes.GetOrAdd(db.Database.ProviderName + "|" + db.Database.GetConnectionString(), _ => new WriteLane());

    /// <summary>
    /// Runs <paramref name="action"/> between two of this process's workflow writes on the database of
    /// <paramref name="context"/>: no batch is being written while it runs, and commits that arrive meanwhile queue
    /// and are written together after it. For short maintenance that needs the writer idle for a moment, such as
    /// letting SQLite's write-ahead log start over.
    /// </summary>
    /// <param name="context">Any context on the database; only its provider and connection string are used.</param>
    /// <param name="action">The work; keep it short, every commit waits for it.</param>
    /// <param name="cancellationToken">Cancels the wait for the writer's turn, and is passed to the work.</param>
    public static async Task<T> BetweenCommitsAsync<T>(
        DbContext context, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        return await LaneOf(context).RunAsync(action, cancellationToken);
    }

    /// <summary>Writes a batch in one transaction; falls back to one transaction per commit when that fails.</summary>
    private async Task WriteBatchAsync(List<PendingCommit> batch)
    {
        if (batch.Count == 0) return;
        List<PendingCommit> written;
        try
        {
            written = await WriteTogetherAsync(batch);
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad commit (a duplicate id, say) must not fail the others: each gets its own transaction.
            foreach (var pending in batch.Where(p => !p.Done.Task.IsCompleted))
            {
                try
                {
                    pending.Complete(await WriteTogetherAsync([pending]));
                }
                catch (Exception ex)
                {
                    pending.Fail(ex);
                }
            }
            return;
        }
        catch (Exception ex)
        {
            batch[0].Fail(ex);
            return;
        }
        foreach (var pending in written) pending.Complete(written);
    }

    /// <summary>
    /// One transaction for the commits of a batch. A commit whose conditional update finds another version fails at
    /// once and is left out; the others are returned once the transaction has committed.
    /// </summary>
    private async Task<List<PendingCommit>> WriteTogetherAsync(List<PendingCommit> batch)
    {
        // Not cancellable: once taken from the queue, a commit is written or fails on its own merits.
        var cancellationToken = CancellationToken.None;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = new List<PendingCommit>(batch.Count);
        var instances = new List<WorkflowInstanceRecord>();
        var bookmarks = new List<BookmarkRecord>();
        var journal = new List<JournalRecord>();
        var incidents = new List<IncidentRecord>();
        foreach (var pending in batch)
        {
            var commit = pending.Commit;
            var record = pending.Record;
            if (commit.IsNew)
            {
                instances.Add(record);
            }
            else
            {
                var expected = commit.Instance.Version;
                var rows = await db.WorkflowInstances
                    .Where(i => i.Id == record.Id && i.Version == expected)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(i => i.Status, record.Status)
                        .SetProperty(i => i.UpdatedAt, record.UpdatedAt)
                        .SetProperty(i => i.FinishedAt, record.FinishedAt)
                        .SetProperty(i => i.IncidentCount, record.IncidentCount)
                        .SetProperty(i => i.StateJson, record.StateJson)
                        .SetProperty(i => i.Version, record.Version), cancellationToken);
                if (rows == 0)
                {
                    pending.Fail(new ConcurrencyConflictException($"Workflow instance '{record.Id}' was changed by another commit."));
                    continue;
                }
            }
            if (commit.RemovedBookmarkIds.Count > 0)
            {
                var removed = commit.RemovedBookmarkIds.ToList();
                await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            bookmarks.AddRange(commit.AddedBookmarks.Select(ToRecord));
            if (commit.Journal.Count > 0) journal.Add(JournalSegments.ToRecord(commit.Journal));
            incidents.AddRange(commit.Incidents.Select(ToRecord));
            written.Add(pending);
        }
        try
        {
            await _inserts.InsertAsync(db, instances, cancellationToken);
        }
        catch (DbException ex) when (batch is [{ Commit.IsNew: true } only])
        {
            throw new ConcurrencyConflictException($"Workflow instance '{only.Record.Id}' already exists.", ex);
        }
        await _inserts.InsertAsync(db, bookmarks, cancellationToken);
        await _inserts.InsertAsync(db, journal, cancellationToken);
        await _inserts.InsertAsync(db, incidents, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>The commits waiting for this process's writer on one database, and the writer's turn.</summary>
    private sealed class WriteLane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ConcurrentQueue<PendingCommit> Queue { get; } = new();

        /// <summary>Runs <paramref name="work"/> on the writer's turn.</summary>
        public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        {
            await Gate.WaitAsync(cancellationToken);
            try
            {
                return await work(cancellationToken);
            }
            finally
            {
                Gate.Release();
            }
        }

        public List<PendingCommit> TakeBatch()
        {
            var batch = new List<PendingCommit>();
            while (batch.Count < MaxBatchSize && Queue.TryDequeue(out var pending))
            {
                if (pending.TryTake()) batch.Add(pending);
            }
            return batch;
        }
    }

    private sealed class PendingCommit(InstanceCommit commit, WorkflowInstanceRecord record)
    {
        private const int Queued = 0, Taken = 1, Cancelled = 2;
        private int _state;

        public InstanceCommit Commit { get; } = commit;

        public WorkflowInstanceRecord Record { get; } = record;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

        public bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued;

        /// <summary>Succeeds when the transaction wrote this commit; one failed inside the batch is already done.</summary>
        public void Complete(List<PendingCommit> written)
        {
            if (!written.Contains(this)) return;
            Commit.Instance.Version = Record.Version;
            Done.TrySetResult();
        }

        public void Fail(Exception exception) => Done.TrySetException(exception);
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return record is null ? null : ToModel(record);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var q = db.WorkflowInstances.AsNoTracking();
        if (query.DefinitionId is not null) q = q.Where(i => i.DefinitionId == query.DefinitionId);
        if (query.DefinitionVersion is not null) q = q.Where(i => i.DefinitionVersion == query.DefinitionVersion);
        if (query.Status is not null) q = q.Where(i => i.Status == (int)query.Status);
        if (query.CorrelationId is not null) q = q.Where(i => i.CorrelationId == query.CorrelationId);
        if (query.ParentInstanceId is not null) q = q.Where(i => i.ParentInstanceId == query.ParentInstanceId);
        if (query.CreatedFrom is { } from)
        {
            var fromTicks = from.UtcTicks;
            q = q.Where(i => i.CreatedAt >= fromTicks);
        }
        if (query.CreatedTo is { } to)
        {
            var toTicks = to.UtcTicks;
            q = q.Where(i => i.CreatedAt < toTicks);
        }
        if (query.Before is { } before)
        {
            var (beforeTicks, beforeId) = (before.CreatedAt.UtcTicks, before.Id);
            q = q.Where(i => i.CreatedAt < beforeTicks || (i.CreatedAt == beforeTicks && string.Compare(i.Id, beforeId) < 0));
        }
        // Newest first on the CreatedAt index; the id only breaks ties, so paging is stable.
        var records = await q.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return [.. records.Select(ToModel)];
    }

    /// <inheritdoc />
    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WriteAsync(async db =>
        {
            const int finished = (int)WorkflowStatus.Finished, faulted = (int)WorkflowStatus.Faulted, cancelled = (int)WorkflowStatus.Cancelled;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Conditional on the status, so an instance that an operator retries meanwhile is not deleted under it.
            var rows = await db.WorkflowInstances
                .Where(i => i.Id == instanceId && (i.Status == finished || i.Status == faulted || i.Status == cancelled))
                .ExecuteDeleteAsync(cancellationToken);
            if (rows == 0)
            {
                var status = await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => (int?)i.Status).FirstOrDefaultAsync(cancellationToken);
                throw status is null
                    ? new KeyNotFoundException($"Workflow instance '{instanceId}' does not exist.")
                    : new InvalidOperationException($"Workflow instance '{instanceId}' is {(WorkflowStatus)status}; only finished, faulted or cancelled instances can be deleted.");
            }
            await db.Bookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
            await db.WorkflowJournal.Where(j => j.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
            await db.Incidents.Where(i => i.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> HasActiveInstancesAsync(string definitionVersionId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowInstances.AnyAsync(
            i => i.DefinitionVersionId == definitionVersionId
                && (i.Status == (int)WorkflowStatus.Running || i.Status == (int)WorkflowStatus.Suspended),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string hash, CancellationToken cancellationToken = default) =>
        BookmarksAsync(q => q.Where(b => b.Hash == hash), cancellationToken);

    /// <inheritdoc />
    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        await BookmarksAsync(q => q.Where(b => b.Id == bookmarkId), cancellationToken) is [var first, ..] ? first : null;

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default) =>
        BookmarksAsync(q => q.Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        var ticks = dueBy.UtcTicks;
        const int running = (int)WorkflowStatus.Running, suspended = (int)WorkflowStatus.Suspended;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await db.Bookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && b.DueAt <= ticks
                && db.WorkflowInstances.Any(i => i.Id == b.InstanceId && (i.Status == running || i.Status == suspended)))
            .OrderBy(b => b.DueAt).Take(limit)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ToModel)];
    }

    private async Task<IReadOnlyList<Bookmark>> BookmarksAsync(Func<IQueryable<BookmarkRecord>, IQueryable<BookmarkRecord>> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await query(db.Bookmarks.AsNoTracking()).ToListAsync(cancellationToken);
        return [.. records.Select(ToModel)];
    }

    private static Bookmark ToModel(BookmarkRecord r) => new()
    {
        Id = r.Id, InstanceId = r.InstanceId, ActivityId = r.ActivityId, ExecutionId = r.ExecutionId, Name = r.Name,
        CorrelationId = r.CorrelationId, Hash = r.Hash, Payload = r.PayloadJson is null ? null : JsonNode.Parse(r.PayloadJson) as JsonObject,
        DueAt = r.DueAt is { } due ? Time(due) : null, CreatedAt = Time(r.CreatedAt),
        Roles = r.Roles?.Split(',', StringSplitOptions.RemoveEmptyEntries),
    };

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static WorkflowInstanceRecord ToRecord(WorkflowInstance i) => new()
    {
        Id = i.Id,
        DefinitionId = i.DefinitionId,
        DefinitionVersionId = i.DefinitionVersionId,
        DefinitionVersion = i.DefinitionVersion,
        Status = (int)i.Status,
        CorrelationId = i.CorrelationId,
        ParentInstanceId = i.ParentInstanceId,
        TriggerActivityId = i.TriggerActivityId,
        ScheduledAt = i.ScheduledAt?.UtcTicks,
        RootInstanceId = i.RootInstanceId,
        CreatedAt = i.CreatedAt.UtcTicks,
        UpdatedAt = i.UpdatedAt.UtcTicks,
        FinishedAt = i.FinishedAt?.UtcTicks,
        IncidentCount = i.IncidentCount,
        StateJson = InstanceStateJson.Serialize(i.State),
        Version = i.Version,
    };

    private static WorkflowInstance ToModel(WorkflowInstanceRecord r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        DefinitionVersionId = r.DefinitionVersionId,
        DefinitionVersion = r.DefinitionVersion,
        Status = (WorkflowStatus)r.Status,
        CorrelationId = r.CorrelationId,
        ParentInstanceId = r.ParentInstanceId,
        TriggerActivityId = r.TriggerActivityId,
        ScheduledAt = r.ScheduledAt is { } s ? Time(s) : null,
        RootInstanceId = r.RootInstanceId,
        CreatedAt = Time(r.CreatedAt),
        UpdatedAt = Time(r.UpdatedAt),
        FinishedAt = r.FinishedAt is { } f ? Time(f) : null,
        IncidentCount = r.IncidentCount,
        State = InstanceStateJson.Deserialize(r.StateJson),
        Version = r.Version,
    };

    private static BookmarkRecord ToRecord(Bookmark b) => new()
    {
        Id = b.Id, InstanceId = b.InstanceId, ActivityId = b.ActivityId, ExecutionId = b.ExecutionId, Name = b.Name,
        CorrelationId = b.CorrelationId, Hash = b.Hash, PayloadJson = b.Payload?.ToJsonString(), DueAt = b.DueAt?.UtcTicks,
        CreatedAt = b.CreatedAt.UtcTicks, Roles = b.Roles is { Count: > 0 } roles ? string.Join(',', roles) : null,
    };

    private static IncidentRecord ToRecord(Incident i) => new()
    {
        Id = i.Id, InstanceId = i.InstanceId, ActivityId = i.ActivityId, ExecutionId = i.ExecutionId, Attempt = i.Attempt,
        ErrorType = i.ErrorType, Message = i.Message, Details = i.Details, Timestamp = i.Timestamp.UtcTicks, Resolution = i.Resolution,
    };
}

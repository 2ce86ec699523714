using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Workflows.Persistence.EntityFramework;

/// <summary>
/// Instance store on <see cref="WorkflowDbContext"/>. A commit is one transaction: a conditional update of
/// the instance row (<c>WHERE Version = expected</c>), bookmark deletes and inserts, journal and incident inserts.
/// </summary>
public sealed class EfWorkflowInstanceStore(IDbContextFactory<WorkflowDbContext> factory) : IWorkflowInstanceStore
{
    /// <inheritdoc />
    public async Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var instance = commit.Instance;
        var record = ToRecord(instance);
        record.Version = instance.Version + 1;
        await WriteAsync(db => CommitCoreAsync(db, commit, record, cancellationToken), cancellationToken);
    }

    /// <summary>Runs a write on a fresh context, queued behind this process's other writes on SQLite.</summary>
    private async Task WriteAsync(Func<WorkflowDbContext, Task> write, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // SQLite has one writer per file: queue this process's writes on an async gate instead of letting
        // them collide on the file lock, where the provider's busy handling sleeps and retries.
        var gate = db.Database.ProviderName == SqliteProvider
            ? SqliteWriteGates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1))
            : null;
        if (gate is not null) await gate.WaitAsync(cancellationToken);
        try
        {
            await write(db);
        }
        finally
        {
            gate?.Release();
        }
    }

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriteGates = new(StringComparer.Ordinal);

    private static async Task CommitCoreAsync(WorkflowDbContext db, InstanceCommit commit, WorkflowInstanceRecord record, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (commit.IsNew)
        {
            db.WorkflowInstances.Add(record);
        }
        else
        {
            var expected = instance.Version;
            var rows = await db.WorkflowInstances
                .Where(i => i.Id == record.Id && i.Version == expected)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, record.Status)
                    .SetProperty(i => i.UpdatedAt, record.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, record.FinishedAt)
                    .SetProperty(i => i.IncidentCount, record.IncidentCount)
                    .SetProperty(i => i.StateJson, record.StateJson)
                    .SetProperty(i => i.Version, record.Version), cancellationToken);
            if (rows == 0) throw new ConcurrencyConflictException($"Workflow instance '{instance.Id}' was changed by another commit.");
        }
        if (commit.RemovedBookmarkIds.Count > 0)
        {
            var removed = commit.RemovedBookmarkIds.ToList();
            await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        db.Bookmarks.AddRange(commit.AddedBookmarks.Select(ToRecord));
        if (commit.Journal.Count > 0) db.WorkflowJournal.Add(ToRecord(commit.Journal));
        db.Incidents.AddRange(commit.Incidents.Select(ToRecord));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (commit.IsNew)
        {
            throw new ConcurrencyConflictException($"Workflow instance '{instance.Id}' already exists.", ex);
        }
        await transaction.CommitAsync(cancellationToken);
        instance.Version = record.Version;
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return [.. records.SelectMany(r => JsonSerializer.Deserialize<List<JournalEntry>>(r.EntriesJson, WorkflowJson.Options) ?? [])];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Incident>> ListIncidentsAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.Timestamp).ToListAsync(cancellationToken);
        return [.. records.Select(r => new Incident
        {
            Id = r.Id, InstanceId = r.InstanceId, ActivityId = r.ActivityId, ExecutionId = r.ExecutionId, Attempt = r.Attempt,
            ErrorType = r.ErrorType, Message = r.Message, Details = r.Details, Timestamp = Time(r.Timestamp), Resolution = r.Resolution,
        })];
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

    private static JournalRecord ToRecord(IReadOnlyList<JournalEntry> entries) => new()
    {
        InstanceId = entries[0].InstanceId,
        Sequence = entries[0].Sequence,
        LastSequence = entries[^1].Sequence,
        Timestamp = entries[0].Timestamp.UtcTicks,
        EntriesJson = JsonSerializer.Serialize(entries, WorkflowJson.Options),
    };

    private static IncidentRecord ToRecord(Incident i) => new()
    {
        Id = i.Id, InstanceId = i.InstanceId, ActivityId = i.ActivityId, ExecutionId = i.ExecutionId, Attempt = i.Attempt,
        ErrorType = i.ErrorType, Message = i.Message, Details = i.Details, Timestamp = i.Timestamp.UtcTicks, Resolution = i.Resolution,
    };
}

using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Workflows.Persistence.EntityFramework;

// Reads of an instance's journal, incidents and descendants.
public sealed partial class EfWorkflowInstanceStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return [.. records.SelectMany(JournalSegments.Read)];
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = new List<JournalEntry>(Math.Min(limit, 1024));
        // Rows are read one after another and only as far as the page needs (a row holds the entries of one commit).
        var rows = db.WorkflowJournal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.LastSequence > afterSequence).OrderBy(j => j.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var entry in JournalSegments.Read(row))
            {
                if (entry.Sequence <= afterSequence) continue;
                entries.Add(entry);
                if (entries.Count == limit) return entries;
            }
        }
        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadLastJournalAsync(string instanceId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = new List<List<JournalEntry>>();
        var count = 0;
        var newestFirst = db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Sequence).AsAsyncEnumerable();
        await foreach (var row in newestFirst.WithCancellation(cancellationToken))
        {
            var entries = JournalSegments.Read(row).ToList();
            rows.Add(entries);
            count += entries.Count;
            if (count >= limit) break;
        }
        return [.. rows.AsEnumerable().Reverse().SelectMany(r => r).TakeLast(limit)];
    }

    /// <inheritdoc />
    public async Task<int> CountDescendantsAsync(string rootInstanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowInstances.CountAsync(i => i.RootInstanceId == rootInstanceId, cancellationToken);
    }
}

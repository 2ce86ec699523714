using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Persistence;

/// <summary>
/// Reads an instance's journal a page at a time, as one sequence: the head from the journal table, then (for a long
/// run) one <see cref="JournalEventType.Compacted"/> entry standing for the entries counted per activity, then the
/// latest entries kept with the state (<see cref="JournalOverflow"/>). Nothing reads more than a page.
/// </summary>
public static class InstanceJournal
{
    /// <summary>
    /// At most <paramref name="limit"/> entries after sequence <paramref name="afterSequence"/> (-1: from the start),
    /// with the cursor of the next page (null at the end).
    /// </summary>
    public static async Task<JournalPage> ReadPageAsync(
        this IWorkflowInstanceStore store, WorkflowInstance instance, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var overflow = instance.State.JournalOverflow;
        var headEnd = overflow?.FirstSequence ?? long.MaxValue;
        var entries = new List<JournalEntry>();
        if (afterSequence + 1 < headEnd)
        {
            entries.AddRange((await store.ReadJournalAsync(instance.Id, afterSequence, limit, cancellationToken)).Where(e => e.Sequence < headEnd));
        }
        var last = entries.Count > 0 ? entries[^1].Sequence : afterSequence;
        if (overflow is not null && entries.Count < limit)
        {
            if (overflow.ToEntry(instance.Id) is { } compacted && last < overflow.LastCompactedSequence)
            {
                entries.Add(compacted);
                last = overflow.LastCompactedSequence;
            }
            foreach (var entry in overflow.Latest)
            {
                if (entries.Count == limit) break;
                if (entry.Sequence <= last) continue;
                entries.Add(entry);
                last = entry.Sequence;
            }
        }
        return new JournalPage(entries, last < instance.State.JournalSequence - 1 ? last : null);
    }

    /// <summary>The last <paramref name="limit"/> entries (a compacted stretch counting as one), in order.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> ReadLastAsync(
        this IWorkflowInstanceStore store, WorkflowInstance instance, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var overflow = instance.State.JournalOverflow;
        if (overflow is null) return await store.ReadLastJournalAsync(instance.Id, limit, cancellationToken);
        var entries = new List<JournalEntry>(overflow.Latest.TakeLast(limit));
        if (entries.Count < limit && overflow.ToEntry(instance.Id) is { } compacted) entries.Insert(0, compacted);
        if (entries.Count < limit)
        {
            var head = await store.ReadLastJournalAsync(instance.Id, limit - entries.Count, cancellationToken);
            entries.InsertRange(0, head.Where(e => e.Sequence < overflow.FirstSequence));
        }
        return entries;
    }

    /// <summary>
    /// The journal of an instance for a reader: how many entries it has journaled and compacted, its first page, its
    /// last page (without what the first page shows), and the cursor after the first page.
    /// </summary>
    public static async Task<JournalSummary> SummarizeAsync(
        this IWorkflowInstanceStore store, WorkflowInstance instance, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var first = await store.ReadPageAsync(instance, -1, pageSize, cancellationToken);
        IReadOnlyList<JournalEntry> last = first.Next is { } next
            ? [.. (await store.ReadLastAsync(instance, pageSize, cancellationToken)).Where(e => Covers(e, instance) > next)]
            : [];
        var overflow = instance.State.JournalOverflow;
        return new JournalSummary(instance.State.JournalSequence, overflow?.CompactedCount ?? 0, first.Entries, last, first.Next);
    }

    /// <summary>The last sequence an entry stands for (a compacted entry stands for a stretch).</summary>
    private static long Covers(JournalEntry entry, WorkflowInstance instance) =>
        entry.EventType == JournalEventType.Compacted && instance.State.JournalOverflow is { } overflow ? overflow.LastCompactedSequence : entry.Sequence;
}

/// <summary>A page of journal entries.</summary>
/// <param name="Entries">The entries, in order.</param>
/// <param name="Next">The cursor of the next page (the last sequence this page covers); null when there is none.</param>
public sealed record JournalPage(IReadOnlyList<JournalEntry> Entries, long? Next);

/// <summary>An instance's journal at a glance.</summary>
/// <param name="Count">Entries journaled in all.</param>
/// <param name="Compacted">Entries compacted into counts per activity (shown as one <see cref="JournalEventType.Compacted"/> entry).</param>
/// <param name="First">The first page.</param>
/// <param name="Last">The last page, less what <paramref name="First"/> shows; empty when the journal fits one page.</param>
/// <param name="Next">Cursor after the first page; null when it holds everything.</param>
public sealed record JournalSummary(long Count, long Compacted, IReadOnlyList<JournalEntry> First, IReadOnlyList<JournalEntry> Last, long? Next);

using System.Globalization;
using System.Text;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// The journal of an instance past its head (the first <c>Limits.JournalHeadEntries</c> entries, stored in the
/// journal table): the latest <c>Limits.JournalTailEntries</c> entries in full, kept with the instance state, and
/// the ones between head and those counted per activity. A loop of a million iterations stores as much journal
/// as one of a thousand.
/// </summary>
public sealed class JournalOverflow
{
    /// <summary>Sequence of the first entry past the head: the journal table holds only the entries before it.</summary>
    public long FirstSequence { get; set; }

    /// <summary>How many entries, from <see cref="FirstSequence"/> on, were compacted into <see cref="Compacted"/>.</summary>
    public long CompactedCount { get; set; }

    /// <summary>Time of the first compacted entry.</summary>
    public DateTimeOffset? CompactedFrom { get; set; }

    /// <summary>Time of the last compacted entry.</summary>
    public DateTimeOffset? CompactedTo { get; set; }

    /// <summary>Compacted entries counted by activity id (<c>""</c> for entries of the workflow itself).</summary>
    public Dictionary<string, CompactedActivity> Compacted { get; set; } = [];

    /// <summary>The latest entries, in order.</summary>
    public List<JournalEntry> Latest { get; set; } = [];

    /// <summary>Sequence of the last compacted entry (meaningful when <see cref="CompactedCount"/> is positive).</summary>
    public long LastCompactedSequence => FirstSequence + CompactedCount - 1;

    /// <summary>Appends an entry; the oldest kept entry is compacted once more than <paramref name="keep"/> are kept.</summary>
    internal void Add(JournalEntry entry, int keep)
    {
        Latest.Add(entry);
        var excess = Latest.Count - keep;
        if (excess <= 0) return;
        for (var i = 0; i < excess; i++) Count(Latest[i]);
        Latest.RemoveRange(0, excess);
    }

    private void Count(JournalEntry entry)
    {
        var key = entry.ActivityId ?? "";
        if (!Compacted.TryGetValue(key, out var activity)) Compacted[key] = activity = new CompactedActivity { Type = entry.ActivityType };
        var name = entry.EventType.ToString();
        activity.Events[name] = activity.Events.GetValueOrDefault(name) + 1;
        CompactedFrom ??= entry.Timestamp;
        CompactedTo = entry.Timestamp;
        CompactedCount++;
    }

    /// <summary>The compacted entries as one journal entry (<see cref="JournalEventType.Compacted"/>), or null when there are none.</summary>
    public JournalEntry? ToEntry(string instanceId)
    {
        if (CompactedCount == 0) return null;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{CompactedCount:N0} entries compacted into counts per activity:");
        foreach (var (activityId, activity) in Compacted.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $" '{activityId}'{(activity.Type is null ? "" : $" ({activity.Type})")}");
            text.AppendJoin(",", activity.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $" {e.Key} {e.Value:N0}")));
            text.Append(';');
        }
        return new JournalEntry(instanceId, FirstSequence, CompactedFrom ?? default, JournalEventType.Compacted, Message: text.ToString().TrimEnd(';'));
    }
}

/// <summary>Compacted journal entries of one activity.</summary>
public sealed class CompactedActivity
{
    /// <summary>The activity type.</summary>
    public string? Type { get; set; }

    /// <summary>Entries by event type name.</summary>
    public Dictionary<string, long> Events { get; set; } = [];
}

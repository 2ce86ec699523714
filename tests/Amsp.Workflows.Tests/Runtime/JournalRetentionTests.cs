using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class JournalRetentionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_long_loop_stores_its_first_and_latest_entries_and_counts_the_ones_between_per_activity()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("journal.db"), o =>
        {
            o.Limits.JournalHeadEntries = 100;
            o.Limits.JournalTailEntries = 50;
        });
        var result = await engine.RunAsync(Flow.CountingLoop("loop", 1_000));
        var instance = await engine.InstanceAsync(result.InstanceId);

        // 2,002 activities, three entries each, plus start and finish.
        Assert.Equal(6_008, instance.State.JournalSequence);
        Assert.Equal(100, (await engine.Instances.ReadJournalAsync(result.InstanceId)).Count);
        var overflow = instance.State.JournalOverflow!;
        Assert.Equal((100L, 6_008L - 100 - 50), (overflow.FirstSequence, overflow.CompactedCount));
        Assert.Equal(50, overflow.Latest.Count);
        Assert.Equal(JournalEventType.WorkflowFinished, overflow.Latest[^1].EventType);
        Assert.Equal("Decision", overflow.Compacted["check"].Type);
        Assert.Equal(overflow.CompactedCount, overflow.Compacted.Values.Sum(a => a.Events.Values.Sum()));

        var summary = await engine.Instances.SummarizeAsync(instance, 100);
        Assert.Equal((6_008L, overflow.CompactedCount, 99L), (summary.Count, summary.Compacted, summary.Next));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), summary.First.Select(e => e.Sequence));
        Assert.Equal(JournalEventType.Compacted, summary.Last[0].EventType);
        Assert.StartsWith("5,858 entries compacted into counts per activity: 'check' (Decision) Scheduled ", summary.Last[0].Message, StringComparison.Ordinal);
        Assert.Equal(overflow.Latest.Select(e => e.Sequence), summary.Last.Skip(1).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Pages_follow_their_cursor_across_head_compacted_stretch_and_latest_entries_without_gaps()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("pages.db"), o =>
        {
            o.Limits.JournalHeadEntries = 30;
            o.Limits.JournalTailEntries = 20;
        });
        var result = await engine.RunAsync(Flow.CountingLoop("loop", 50));
        var instance = await engine.InstanceAsync(result.InstanceId);

        var seen = new List<JournalEntry>();
        long? cursor = -1;
        while (cursor is { } after)
        {
            var page = await engine.Instances.ReadPageAsync(instance, after, 7);
            Assert.InRange(page.Entries.Count, 1, 7);
            seen.AddRange(page.Entries);
            cursor = page.Next;
        }
        Assert.Equal(30 + 1 + 20, seen.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)i), seen.Take(30).Select(e => e.Sequence));
        Assert.Equal(JournalEventType.Compacted, seen[30].EventType);
        Assert.Equal(instance.State.JournalSequence - 1, seen[^1].Sequence);
    }

    [Fact]
    public async Task A_short_run_keeps_every_entry_in_the_journal_table_and_fits_one_page()
    {
        await using var engine = TestEngine.Sqlite(_temp.File("short.db"));
        var result = await engine.RunAsync(Flow.CountingLoop("loop", 3));
        var instance = await engine.InstanceAsync(result.InstanceId);

        Assert.Null(instance.State.JournalOverflow);
        var summary = await engine.Instances.SummarizeAsync(instance, 100);
        Assert.Equal(await engine.Instances.ReadJournalAsync(result.InstanceId), summary.First);
        Assert.Empty(summary.Last);
        Assert.Null(summary.Next);
    }
}

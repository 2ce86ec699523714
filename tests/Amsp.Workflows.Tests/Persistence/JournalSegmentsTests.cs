using System.Text.Json;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Tests.Persistence;

/// <summary>The compact stored form of a commit's journal entries reads back exactly, and older rows still read.</summary>
public sealed class JournalSegmentsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 5, 20, 35, TimeSpan.Zero);

    /// <summary>What a three-activity HTTP run journals in its one commit.</summary>
    private static List<JournalEntry> ThreeActivityRun(string instanceId = "01a20bffb04878058063f85c944333a5")
    {
        var entries = new List<JournalEntry> { new(instanceId, 0, Start, JournalEventType.WorkflowStarted) };
        var t = Start;
        foreach (var (id, type) in new[] { ("http", "HttpEndpoint"), ("keep", "SetVariable"), ("answer", "WriteHttpResponse") })
        {
            var execution = Guid.CreateVersion7().ToString("N");
            entries.Add(new(instanceId, entries.Count, t = t.AddTicks(124), JournalEventType.Scheduled, id, type, execution));
            entries.Add(new(instanceId, entries.Count, t = t.AddTicks(907), JournalEventType.Started, id, type, execution));
            entries.Add(new(instanceId, entries.Count, t = t.AddTicks(11_756), JournalEventType.Completed, id, type, execution, "Done", TimeSpan.FromTicks(11_756)));
        }
        entries.Add(new(instanceId, entries.Count, t.AddTicks(5_000), JournalEventType.WorkflowFinished));
        return entries;
    }

    [Fact]
    public void A_run_reads_back_entry_for_entry()
    {
        var entries = ThreeActivityRun();

        var record = JournalSegments.ToRecord(entries);

        Assert.Equal(entries, JournalSegments.Read(record));
        Assert.Equal((entries[0].InstanceId, 0L, 10L, Start.UtcTicks), (record.InstanceId, record.Sequence, record.LastSequence, record.Timestamp));
    }

    [Fact]
    public void The_compact_form_is_under_a_third_of_full_entries()
    {
        var entries = ThreeActivityRun();

        var compact = JournalSegments.ToRecord(entries).EntriesJson.Length;
        var full = JsonSerializer.Serialize(entries, WorkflowJson.Options).Length;

        Assert.True(compact * 3 < full, $"{compact} characters compact, {full} as full entries");
    }

    [Fact]
    public void Unusual_entries_read_back_exactly()
    {
        const string id = "instance";
        var entries = new List<JournalEntry>
        {
            new(id, 40, Start.ToOffset(TimeSpan.FromHours(2)), JournalEventType.Resumed, "review", "UserTask", "e1", Message: "stimulus \"approve\" from Zoë\n⚙"),
            // The same execution named with another activity, then with none: neither may borrow the first naming.
            new(id, 41, Start.AddTicks(-5), JournalEventType.Logged, "other", "Log", "e1", Message: ""),
            new(id, 42, Start.AddTicks(3), JournalEventType.Suspended, null, null, "e1", Duration: TimeSpan.Zero),
            new(id, 43, Start.AddTicks(4), JournalEventType.Faulted, "review", "UserTask", "e1", Message: "boom"),
            // An execution first named without an activity, then with one.
            new(id, 44, Start.AddTicks(5), JournalEventType.Scheduled, null, null, "e2"),
            new(id, 45, Start.AddTicks(6), JournalEventType.Started, "late", "Late", "e2"),
            new(id, 46, Start.AddTicks(7), JournalEventType.Completed, null, null, "e2", "A,B", TimeSpan.FromDays(3)),
            // A gap in the sequence, and an activity without an execution id.
            new(id, 50, Start.AddTicks(8), JournalEventType.Cancelled, "branch", null),
            new(id, 51, Start.AddYears(1), JournalEventType.WorkflowCancelled),
        };

        var read = JournalSegments.Read(JournalSegments.ToRecord(entries)).ToList();

        Assert.Equal(entries, read);
        Assert.All(read, e => Assert.Equal(TimeSpan.Zero, e.Timestamp.Offset));
    }

    [Fact]
    public void Rows_written_as_full_entries_are_still_read()
    {
        var entries = ThreeActivityRun("old");
        var record = new JournalRecord
        {
            InstanceId = "old", Sequence = 0, LastSequence = 10, Timestamp = Start.UtcTicks,
            EntriesJson = JsonSerializer.Serialize(entries, WorkflowJson.Options),
        };

        Assert.Equal(entries, JournalSegments.Read(record));
    }

    [Theory]
    [InlineData("{\"v\":2,\"entries\":[{\"t\":0,\"e\":\"Exploded\"}]}")]
    [InlineData("{\"v\":3,\"entries\":[]}")]
    [InlineData("{\"v\":2,\"entries\":[{\"e\":\"Started\"}]}")]
    [InlineData("{\"v\":2,\"entries\":[{\"t\":0,\"e\":\"Sta")]
    [InlineData("[{\"sequence\":\"x\"}]")]
    public void An_unreadable_row_names_its_instance(string json)
    {
        var record = new JournalRecord { InstanceId = "broken-1", Sequence = 7, EntriesJson = json };

        var error = Assert.Throws<InvalidDataException>(() => JournalSegments.Read(record).ToList());

        Assert.Contains("'broken-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 7", error.Message, StringComparison.Ordinal);
    }
}

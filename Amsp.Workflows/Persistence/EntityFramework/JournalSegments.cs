using System.Buffers;
using System.Text;
using System.Text.Json;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Persistence.EntityFramework;

/// <summary>
/// The stored form of the journal entries one commit appends (<see cref="JournalRecord.EntriesJson"/>).
/// </summary>
/// <remarks>
/// <para>
/// A JSON object that leaves out what the row already holds or an earlier entry already said:
/// <c>{"v":2,"entries":[{"t":0,"e":"WorkflowStarted"},{"t":124,"e":"Scheduled","a":"http","y":"HttpEndpoint","x":"0193…"},{"t":907,"e":"Started","x":"0193…"}]}</c>.
/// </para>
/// <list type="bullet">
/// <item><description>No instance id: it is the row's <see cref="JournalRecord.InstanceId"/>.</description></item>
/// <item><description><c>s</c>, the sequence, only where it is not the previous entry's plus one (the first is the row's <see cref="JournalRecord.Sequence"/>).</description></item>
/// <item><description><c>t</c>: UTC ticks after the row's <see cref="JournalRecord.Timestamp"/>.</description></item>
/// <item><description><c>e</c>: the event type's name.</description></item>
/// <item><description><c>a</c>, <c>y</c>, <c>x</c>: activity id, activity type and execution id. The first two are left out when the first entry of the row that named the same execution gave the same activity.</description></item>
/// <item><description><c>o</c>, <c>d</c>, <c>m</c>: outcome, duration in ticks, message.</description></item>
/// </list>
/// <para>
/// A three-activity run journals eleven entries; written as full records they took about 2.5 KB, more than half a
/// database page, so every instance cost a page of its own in the table and in SQLite's write-ahead log. This form
/// takes about a third of that. Rows written before it (a JSON array of full entries) are still read.
/// </para>
/// </remarks>
internal static class JournalSegments
{
    private const int Version = 2;

    /// <summary>The row for entries appended by one commit; they belong to one instance.</summary>
    public static JournalRecord ToRecord(IReadOnlyList<JournalEntry> entries)
    {
        var first = entries[0];
        var origin = first.Timestamp.UtcTicks;
        var buffer = new ArrayBufferWriter<byte>(256 + (entries.Count * 96));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v"u8, Version);
            json.WriteStartArray("entries"u8);
            var expected = first.Sequence;
            // Execution id -> the activity the first entry naming it gave; later entries of it leave both out.
            var named = new Dictionary<string, (string? Id, string? Type)>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                json.WriteStartObject();
                if (entry.Sequence != expected) json.WriteNumber("s"u8, entry.Sequence);
                expected = entry.Sequence + 1;
                json.WriteNumber("t"u8, entry.Timestamp.UtcTicks - origin);
                json.WriteString("e"u8, entry.EventType.ToString());
                if (entry.ExecutionId is { } executionId)
                {
                    if (!named.TryGetValue(executionId, out var activity) || activity != (entry.ActivityId, entry.ActivityType))
                    {
                        WriteStringOrNull(json, "a"u8, entry.ActivityId);
                        WriteStringOrNull(json, "y"u8, entry.ActivityType);
                        named.TryAdd(executionId, (entry.ActivityId, entry.ActivityType));
                    }
                    json.WriteString("x"u8, executionId);
                }
                else
                {
                    if (entry.ActivityId is { } activityId) json.WriteString("a"u8, activityId);
                    if (entry.ActivityType is { } activityType) json.WriteString("y"u8, activityType);
                }
                if (entry.Outcome is { } outcome) json.WriteString("o"u8, outcome);
                if (entry.Duration is { } duration) json.WriteNumber("d"u8, duration.Ticks);
                if (entry.Message is { } message) json.WriteString("m"u8, message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new JournalRecord
        {
            InstanceId = first.InstanceId,
            Sequence = first.Sequence,
            LastSequence = entries[^1].Sequence,
            Timestamp = origin,
            EntriesJson = Encoding.UTF8.GetString(buffer.WrittenSpan),
        };
    }

    /// <summary>The entries of a row, in either stored form.</summary>
    /// <exception cref="InvalidDataException">The row cannot be read.</exception>
    public static IEnumerable<JournalEntry> Read(JournalRecord record)
    {
        try
        {
            if (record.EntriesJson.AsSpan().TrimStart().StartsWith("["))
            {
                // Written before the compact form: full entries.
                return JsonSerializer.Deserialize<List<JournalEntry>>(record.EntriesJson, WorkflowJson.Options) ?? [];
            }
            return ReadCompact(record);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException(
                $"Journal row {record.Sequence} of workflow instance '{record.InstanceId}' cannot be read: {ex.Message}", ex);
        }
    }

    private static List<JournalEntry> ReadCompact(JournalRecord record)
    {
        using var document = JsonDocument.Parse(record.EntriesJson);
        var root = document.RootElement;
        if (root.GetProperty("v").GetInt32() != Version)
        {
            throw new FormatException($"unknown journal format version {root.GetProperty("v")}.");
        }
        var entries = new List<JournalEntry>(root.GetProperty("entries").GetArrayLength());
        var activities = new Dictionary<string, (string? Id, string? Type)>(StringComparer.Ordinal);
        var sequence = record.Sequence;
        foreach (var item in root.GetProperty("entries").EnumerateArray())
        {
            if (item.TryGetProperty("s", out var s)) sequence = s.GetInt64();
            var executionId = String(item, "x");
            string? activityId, activityType;
            if (executionId is null || item.TryGetProperty("a", out _) || item.TryGetProperty("y", out _))
            {
                (activityId, activityType) = (String(item, "a"), String(item, "y"));
                if (executionId is not null) activities.TryAdd(executionId, (activityId, activityType));
            }
            else
            {
                (activityId, activityType) = activities.TryGetValue(executionId, out var named) ? named : (null, null);
            }
            entries.Add(new JournalEntry(
                record.InstanceId,
                sequence,
                new DateTimeOffset(record.Timestamp + item.GetProperty("t").GetInt64(), TimeSpan.Zero),
                Enum.Parse<JournalEventType>(item.GetProperty("e").GetString()!),
                activityId,
                activityType,
                executionId,
                String(item, "o"),
                item.TryGetProperty("d", out var d) ? TimeSpan.FromTicks(d.GetInt64()) : null,
                String(item, "m")));
            sequence++;
        }
        return entries;
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static void WriteStringOrNull(Utf8JsonWriter json, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}

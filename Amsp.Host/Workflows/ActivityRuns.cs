using System.Text.Json.Nodes;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;

namespace Amsp.Host.Workflows;

/// <summary>Where an activity of an instance stands, from its journal.</summary>
public enum ActivityRunStatus
{
    /// <summary>Scheduled, not started yet.</summary>
    Scheduled,

    /// <summary>Started (or resumed) and not done.</summary>
    Running,

    /// <summary>Waiting on a bookmark, or a join waiting for its other branches.</summary>
    Suspended,

    /// <summary>Completed its last execution.</summary>
    Completed,

    /// <summary>Its last execution threw.</summary>
    Faulted,

    /// <summary>Cancelled (a WaitAny join's other branches, or the instance).</summary>
    Cancelled,
}

/// <summary>
/// One activity of an instance as the viewer shows it: status, executions, timing, outcomes, outputs. Duration is the
/// time spent executing, summed over executions (a suspension's wait is not counted); Outcomes are those of its last
/// completed execution; Outputs are <c>outputs.&lt;activityId&gt;</c> as expressions see them, null when it has none.
/// </summary>
public sealed record ActivityRun(string ActivityId, string? ActivityType, ActivityRunStatus Status, int Executions,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, TimeSpan Duration, IReadOnlyList<string> Outcomes, JsonNode? Outputs, int Incidents);

/// <summary>The path an instance took: its activities, and the connections it followed (keys <c>source:outcome-&gt;target</c>).</summary>
public sealed record InstancePath(IReadOnlyList<ActivityRun> Activities, IReadOnlyList<string> Connections);

/// <summary>Builds an instance's <see cref="InstancePath"/> from its journal, incidents and state.</summary>
public static class ActivityRuns
{
    /// <summary>The path; <paramref name="ended"/> says the instance finished or was cancelled, so what still waited was dropped.</summary>
    public static InstancePath Trace(WorkflowDefinition version, IReadOnlyList<JournalEntry> journal, IReadOnlyList<Incident> incidents,
        JsonObject outputs, bool ended)
    {
        var runs = new Dictionary<string, Builder>(StringComparer.Ordinal);
        // The journal does not name the connection that scheduled an activity: a connection was followed when its
        // source completed with its outcome and its target was scheduled afterwards.
        var completed = new HashSet<(string Activity, string Outcome)>();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        var incoming = version.Root.Connections.ToLookup(c => c.Target.Activity, StringComparer.Ordinal);
        foreach (var entry in journal.OrderBy(e => e.Sequence))
        {
            if (entry.ActivityId is not { } id) continue;
            if (!runs.TryGetValue(id, out var run)) runs[id] = run = new Builder(id);
            run.ActivityType ??= entry.ActivityType;
            run.Apply(entry);
            if (entry.EventType == JournalEventType.Completed)
            {
                foreach (var outcome in (entry.Outcome ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)) completed.Add((id, outcome));
            }
            else if (entry.EventType == JournalEventType.Scheduled)
            {
                foreach (var connection in incoming[id].Where(c => completed.Contains((c.Source.Activity, c.Source.Outcome))))
                {
                    followed.Add(connection.Key);
                }
            }
        }
        foreach (var incident in incidents)
        {
            if (runs.TryGetValue(incident.ActivityId, out var run)) run.Incidents++;
        }
        var order = version.Root.Activities.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var activities = runs.Values
            .OrderBy(r => order.GetValueOrDefault(r.ActivityId, int.MaxValue)).ThenBy(r => r.ActivityId, StringComparer.Ordinal)
            .Select(r => r.Build(outputs[r.ActivityId]?.DeepClone(), ended))
            .ToList();
        return new InstancePath(activities, [.. version.Root.Connections.Select(c => c.Key).Where(followed.Contains).Distinct()]);
    }

    private sealed class Builder(string activityId)
    {
        public string ActivityId { get; } = activityId;
        public string? ActivityType { get; set; }
        public int Incidents { get; set; }
        private ActivityRunStatus _status = ActivityRunStatus.Scheduled;
        private int _executions;
        private DateTimeOffset? _started, _finished;
        private TimeSpan _duration;
        private IReadOnlyList<string> _outcomes = [];

        public void Apply(JournalEntry entry)
        {
            _duration += entry.Duration ?? TimeSpan.Zero;
            switch (entry.EventType)
            {
                case JournalEventType.Scheduled:
                    _status = ActivityRunStatus.Scheduled;
                    break;
                case JournalEventType.Started:
                    _executions++;
                    _started ??= entry.Timestamp;
                    _status = ActivityRunStatus.Running;
                    break;
                case JournalEventType.Resumed:
                    _status = ActivityRunStatus.Running;
                    break;
                case JournalEventType.Suspended:
                    _status = ActivityRunStatus.Suspended;
                    break;
                case JournalEventType.Completed:
                    _status = ActivityRunStatus.Completed;
                    _finished = entry.Timestamp;
                    _outcomes = (entry.Outcome ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case JournalEventType.Faulted or JournalEventType.WorkflowFaulted:
                    _status = ActivityRunStatus.Faulted;
                    _finished = entry.Timestamp;
                    break;
                case JournalEventType.Cancelled:
                    _status = ActivityRunStatus.Cancelled;
                    _finished = entry.Timestamp;
                    break;
            }
        }

        public ActivityRun Build(JsonNode? outputs, bool ended)
        {
            var status = ended && _status is ActivityRunStatus.Scheduled or ActivityRunStatus.Running or ActivityRunStatus.Suspended
                ? ActivityRunStatus.Cancelled : _status;
            return new(ActivityId, ActivityType, status, _executions, _started, _finished, _duration, _outcomes, outputs, Incidents);
        }
    }
}

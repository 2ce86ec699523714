using System.Diagnostics.Metrics;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// The engine's instruments on the <see cref="MeterName"/> meter. They are fed from what a commit wrote
/// (its journal entries and bookmark changes), after the commit succeeded: a run lost to a concurrency race or a
/// crash counts nothing, and its re-run counts once.
/// </summary>
internal sealed class WorkflowMetrics
{
    /// <summary>Name of the engine's meter.</summary>
    public const string MeterName = "Amsp.Workflows";

    public const string DefinitionIdTag = "amsp.workflows.definition_id";
    public const string ActivityTypeTag = "amsp.workflows.activity_type";
    public const string OutcomeTag = "amsp.workflows.outcome";
    public const string TimerTag = "amsp.workflows.timer";

    private readonly Counter<long> _started;
    private readonly Counter<long> _finished;
    private readonly Counter<long> _faulted;
    private readonly Counter<long> _cancelled;
    private readonly Histogram<double> _activityDuration;
    private readonly UpDownCounter<long> _pendingBookmarks;
    private readonly Histogram<double> _schedulerLag;

    public WorkflowMetrics(IMeterFactory meterFactory)
    {
        // The factory owns and disposes the meter, and hands the same one to every runtime of a container.
        var meter = meterFactory.Create(MeterName);
        _started = meter.CreateCounter<long>("amsp.workflows.instances.started", "{instance}", "Instances started.");
        _finished = meter.CreateCounter<long>("amsp.workflows.instances.finished", "{instance}", "Instances that finished.");
        _faulted = meter.CreateCounter<long>("amsp.workflows.instances.faulted", "{instance}", "Instances faulted by an incident.");
        _cancelled = meter.CreateCounter<long>("amsp.workflows.instances.cancelled", "{instance}", "Instances cancelled.");
        _activityDuration = meter.CreateHistogram<double>("amsp.workflows.activity.duration", "s",
            "Time an activity's execute or resume took, by activity type and outcome (\"faulted\" when it threw).");
        _pendingBookmarks = meter.CreateUpDownCounter<long>("amsp.workflows.bookmarks.pending", "{bookmark}",
            "Bookmarks created minus bookmarks removed by this process since it started.");
        _schedulerLag = meter.CreateHistogram<double>("amsp.workflows.scheduler.lag", "s",
            "Delay between a timer bookmark's due time and its resumption.");
    }

    /// <summary>Records what one successful commit wrote.</summary>
    public void Committed(string definitionId, IReadOnlyList<JournalEntry> journal, int addedBookmarks, int removedBookmarks)
    {
        var definition = new KeyValuePair<string, object?>(DefinitionIdTag, definitionId);
        foreach (var entry in journal)
        {
            switch (entry.EventType)
            {
                case JournalEventType.WorkflowStarted: _started.Add(1, definition); break;
                case JournalEventType.WorkflowFinished: _finished.Add(1, definition); break;
                case JournalEventType.WorkflowFaulted: _faulted.Add(1, definition); break;
                case JournalEventType.WorkflowCancelled: _cancelled.Add(1, definition); break;
                case JournalEventType.Completed or JournalEventType.Suspended or JournalEventType.Faulted when entry.Duration is { } duration:
                    _activityDuration.Record(duration.TotalSeconds,
                        new KeyValuePair<string, object?>(ActivityTypeTag, entry.ActivityType),
                        new KeyValuePair<string, object?>(OutcomeTag, Outcome(entry)));
                    break;
                default: break;
            }
        }
        if (addedBookmarks != removedBookmarks) _pendingBookmarks.Add(addedBookmarks - removedBookmarks);
    }

    /// <summary>Records how late a timer bookmark was resumed (0 when early, e.g. fired by hand).</summary>
    public void TimerResumed(string timerName, DateTimeOffset dueAt, DateTimeOffset resumedAt) =>
        _schedulerLag.Record(Math.Max(0, (resumedAt - dueAt).TotalSeconds), new KeyValuePair<string, object?>(TimerTag, timerName));

    private static string Outcome(JournalEntry entry) => entry.EventType switch
    {
        JournalEventType.Faulted => "faulted",
        JournalEventType.Suspended => "suspended",
        // FinishWorkflow completes with no outcome.
        _ => string.IsNullOrEmpty(entry.Outcome) ? "finished" : entry.Outcome,
    };
}

namespace Amsp.Workflows.Runtime;

/// <summary>Kinds of journal entries.</summary>
public enum JournalEventType
{
    /// <summary>Instance started.</summary>
    WorkflowStarted,

    /// <summary>Activity scheduled.</summary>
    Scheduled,

    /// <summary>Activity started.</summary>
    Started,

    /// <summary>Activity completed (with outcomes).</summary>
    Completed,

    /// <summary>Activity threw.</summary>
    Faulted,

    /// <summary>Activity suspended on a bookmark.</summary>
    Suspended,

    /// <summary>Activity resumed by a stimulus.</summary>
    Resumed,

    /// <summary>Activity wrote a log line.</summary>
    Logged,

    /// <summary>Activity or branch cancelled.</summary>
    Cancelled,

    /// <summary>Instance finished.</summary>
    WorkflowFinished,

    /// <summary>Instance faulted.</summary>
    WorkflowFaulted,

    /// <summary>Instance cancelled.</summary>
    WorkflowCancelled,

    /// <summary>A burst reached its execution budget: the instance was suspended with an incident, or yielded to continue in the background.</summary>
    BudgetReached,

    /// <summary>Stands for journal entries compacted into counts per activity (read only; never stored as an entry).</summary>
    Compacted,
}

/// <summary>One append-only journal entry of an instance.</summary>
/// <param name="InstanceId">Instance id.</param>
/// <param name="Sequence">Sequence number within the instance, from 0.</param>
/// <param name="Timestamp">When it happened (from <see cref="TimeProvider"/>).</param>
/// <param name="EventType">What happened.</param>
/// <param name="ActivityId">The activity, if any.</param>
/// <param name="ActivityType">The activity type, if any.</param>
/// <param name="ExecutionId">The execution id, if any.</param>
/// <param name="Outcome">Outcomes, comma-separated (Completed).</param>
/// <param name="Duration">Execution duration (Completed, Faulted, Suspended).</param>
/// <param name="Message">Log text or error message.</param>
public sealed record JournalEntry(
    string InstanceId,
    long Sequence,
    DateTimeOffset Timestamp,
    JournalEventType EventType,
    string? ActivityId = null,
    string? ActivityType = null,
    string? ExecutionId = null,
    string? Outcome = null,
    TimeSpan? Duration = null,
    string? Message = null);

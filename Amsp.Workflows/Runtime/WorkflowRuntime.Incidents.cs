using Amsp.Workflows.Activities;
using Amsp.Workflows.Model;
using Microsoft.Extensions.Logging;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private void HandleIncident(ExecutionSession session, WorkItem item, string type, Exception error, TimeSpan duration)
    {
        var strategy = session.Workflow.Definition.Options?.IncidentStrategy ?? new IncidentStrategy();
        var mode = error is WorkflowFaultException or WorkflowLimitExceededException ? IncidentMode.Fault : strategy.Mode;
        var attempts = strategy.Attempts ?? 3;
        if (mode == IncidentMode.Retry && item.Attempt > attempts) mode = IncidentMode.Fault;
        var resolution = mode switch
        {
            IncidentMode.Retry => "RetryScheduled",
            IncidentMode.Continue => "Continued",
            _ => "Faulted",
        };
        RecordIncident(session, item, error.GetType().Name, error.Message, error.StackTrace, resolution);
        Journal(session, JournalEventType.Faulted, item, type, duration: duration, message: error.Message);

        switch (mode)
        {
            case IncidentMode.Retry:
                var delay = RetryBackoff.Delay(strategy, item.Attempt, item.ExecutionId);
                CreateBookmark(session, item, new BookmarkRequest(RetryTimerName, item.ExecutionId, DueAt: Clock.GetUtcNow() + delay), isRetry: true);
                break;
            case IncidentMode.Continue:
                // The failing branch ends here; the others go on.
                break;
            default:
                session.State.Faulted.Add(item);
                session.Instance.Status = WorkflowStatus.Faulted;
                session.Instance.FinishedAt = Clock.GetUtcNow();
                Journal(session, JournalEventType.WorkflowFaulted, item, type, message: error.Message);
                break;
        }
    }

    private void RecordIncident(ExecutionSession session, WorkItem item, string errorType, string message, string? details, string resolution)
    {
        session.Incidents.Add(new Incident
        {
            Id = NewId(),
            InstanceId = session.Instance.Id,
            ActivityId = item.ActivityId,
            ExecutionId = item.ExecutionId,
            Attempt = item.Attempt,
            ErrorType = errorType,
            Message = message,
            Details = details,
            Timestamp = Clock.GetUtcNow(),
            Resolution = resolution,
        });
        session.Instance.IncidentCount++;
        LogIncident(_logger, session.Instance.Id, item.ActivityId, item.Attempt, resolution, message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident in workflow instance {InstanceId}, activity {ActivityId}, attempt {Attempt} ({Resolution}): {Error}")]
    private static partial void LogIncident(ILogger logger, string instanceId, string activityId, int attempt, string resolution, string error);
}

/// <summary>Thrown by the Fault activity: faults the instance whatever the incident strategy.</summary>
public sealed class WorkflowFaultException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowFaultException() { }

    /// <summary>Creates the exception.</summary>
    public WorkflowFaultException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowFaultException(string message, Exception innerException) : base(message, innerException) { }
}

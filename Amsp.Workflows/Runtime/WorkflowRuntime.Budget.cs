using System.Globalization;
using Amsp.Workflows.Activities;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Name of the bookmark that holds a burst stopped at its execution budget (correlation id: the instance's id).</summary>
    public const string BudgetBookmarkName = "Amsp.Budget";

    /// <summary>
    /// The burst has executed its budget and work is left: a cycle with no blocking activity, or a long loop. Either the
    /// instance goes on in the background (its definition allows long loops) or its work is set aside behind a
    /// bookmark and it is suspended with an incident. The caller commits.
    /// </summary>
    private void BudgetReached(ExecutionSession session)
    {
        var workflow = session.Workflow;
        var burst = session.Burst;
        var ran = string.Create(CultureInfo.InvariantCulture,
            $"{burst.Activities:N0} activities in {Clock.GetElapsedTime(burst.Started).TotalSeconds:0.0} s, its budget per burst being "
            + $"{workflow.MaxActivities:N0} activities or {workflow.MaxDuration.TotalSeconds:0.###} s");
        if (workflow.AllowLongLoops)
        {
            Journal(session, JournalEventType.BudgetReached, null, null, message: $"Ran {ran}; continues in the background.");
            session.ContinueInBackground = true;
            return;
        }
        var state = session.State;
        var next = state.Queue[0];
        var message = $"Workflow instance '{session.Instance.Id}' ({session.Instance.DefinitionId}) ran {ran}, without finishing or "
            + $"waiting: suspended before activity '{next.ActivityId}'. A cycle with no blocking activity? Cancel the instance, or resume "
            + $"its bookmark '{BudgetBookmarkName}' to run one more budget; a definition that loops this long on purpose sets "
            + "options.executionBudget.allowLongLoops.";
        state.Paused = [.. state.Queue];
        state.Queue.Clear();
        CreateBookmark(session, next, new BookmarkRequest(BudgetBookmarkName, session.Instance.Id), isRetry: false, isPause: true);
        RecordIncident(session, next, "ExecutionBudgetExceeded", message, details: null, resolution: "Suspended");
        Journal(session, JournalEventType.BudgetReached, next, workflow.Nodes.GetValueOrDefault(next.ActivityId)?.Descriptor.Type, message: message);
        session.Instance.Status = WorkflowStatus.Suspended;
    }

    /// <summary>Puts the work a budget set aside back in front of the queue (the pause bookmark was resumed).</summary>
    private void ResumePaused(ExecutionSession session, BookmarkRef pause)
    {
        var state = session.State;
        var item = new WorkItem { ActivityId = pause.ActivityId, ExecutionId = pause.ExecutionId };
        Journal(session, JournalEventType.Resumed, item, session.Workflow.Nodes.GetValueOrDefault(item.ActivityId)?.Descriptor.Type,
            message: "Work stopped at the execution budget goes on.");
        state.Queue.InsertRange(0, state.Paused ?? []);
        state.Paused = null;
    }
}

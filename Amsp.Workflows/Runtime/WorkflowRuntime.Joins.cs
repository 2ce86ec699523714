using Amsp.Workflows.Activities;

namespace Amsp.Workflows.Runtime;

/// <summary>How a join waits for its inbound branches.</summary>
public enum JoinMode
{
    /// <summary>Waits until every inbound connection has arrived or can no longer be reached.</summary>
    WaitAll,

    /// <summary>Continues on the first arrival and cancels the other inbound branches.</summary>
    WaitAny,
}

public sealed partial class WorkflowRuntime
{
    /// <summary>Records the arrival that scheduled a join and decides whether it continues.</summary>
    internal bool ArriveAtJoin(ActivityContext context, JoinMode mode)
    {
        var session = context.Session;
        var joinId = context.ActivityId;
        if (!session.State.Joins.TryGetValue(joinId, out var arrivedList)) session.State.Joins[joinId] = arrivedList = [];
        var arrived = session.Arrivals(joinId);
        if (context.Item.Via is { } via && arrived.Add(via)) arrivedList.Add(via);
        if (mode == JoinMode.WaitAny)
        {
            if (arrived.Count == 0) return false;
            CancelBranchesInto(session, joinId);
        }
        else if (!JoinCanFire(session, joinId))
        {
            return false;
        }
        session.RemoveJoin(joinId);
        return true;
    }

    /// <summary>When no work is ready: schedules a waiting join whose missing branches can no longer arrive.</summary>
    private bool ScheduleReadyJoin(ExecutionSession session)
    {
        foreach (var (joinId, arrived) in session.State.Joins)
        {
            if (arrived.Count > 0 && JoinCanFire(session, joinId))
            {
                Schedule(session, joinId, via: null);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a WaitAll join may continue: every inbound connection arrived, or none missing can still arrive. The
    /// common cases cost no more than a look at the front of the queue, so a fork of N branches into a join costs
    /// O(N) in all rather than O(N²) or worse.
    /// </summary>
    private static bool JoinCanFire(ExecutionSession session, string joinId)
    {
        var workflow = session.Workflow;
        var arrived = session.Arrivals(joinId);
        if (arrived.Count >= workflow.InboundKeyCount(joinId)) return true;
        var state = session.State;
        // A branch on its way: a queued arrival through a connection that has not arrived yet. After a fork, the
        // arrivals queue up together, so the first one found is usually at the front.
        foreach (var item in state.Queue)
        {
            if (item.ActivityId == joinId && item.Via is { } via && !arrived.Contains(via)) return false;
        }
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in state.Queue)
        {
            if (item.ActivityId != joinId) live.Add(item.ActivityId);
        }
        foreach (var item in state.Paused ?? []) live.Add(item.ActivityId);
        foreach (var bookmark in state.Bookmarks) live.Add(bookmark.ActivityId);
        foreach (var (otherJoin, otherArrived) in state.Joins)
        {
            if (otherJoin != joinId && otherArrived.Count > 0) live.Add(otherJoin);
        }
        foreach (var connection in workflow.Inbound(joinId))
        {
            if (arrived.Contains(connection.Key)) continue;
            var source = connection.Source.Activity;
            if (live.Contains(source)) return false;
            foreach (var point in live)
            {
                if (workflow.CanReach(point, source)) return false;
            }
        }
        return true;
    }

    private void CancelBranchesInto(ExecutionSession session, string joinId)
    {
        var workflow = session.Workflow;
        var cancelled = new List<WorkItem>();
        bool Cancels(WorkItem item)
        {
            if (item.ActivityId != joinId && !workflow.CanReach(item.ActivityId, joinId)) return false;
            cancelled.Add(item);
            return true;
        }
        session.State.Queue.RemoveAll(Cancels);
        session.State.Paused?.RemoveAll(Cancels);
        foreach (var reference in session.State.Bookmarks.Where(b => workflow.CanReach(b.ActivityId, joinId)).ToList())
        {
            session.RemoveBookmark(reference);
            cancelled.Add(new WorkItem { ActivityId = reference.ActivityId, ExecutionId = reference.ExecutionId });
        }
        foreach (var item in cancelled)
        {
            Journal(session, JournalEventType.Cancelled, item, workflow.Nodes.GetValueOrDefault(item.ActivityId)?.Descriptor.Type);
        }
        foreach (var other in session.State.Joins.Keys.Where(j => j != joinId && workflow.CanReach(j, joinId)).ToList())
        {
            session.RemoveJoin(other);
        }
    }
}

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
        if (!session.State.Joins.TryGetValue(joinId, out var arrived)) session.State.Joins[joinId] = arrived = [];
        if (context.Item.Via is { } via && !arrived.Contains(via)) arrived.Add(via);
        if (mode == JoinMode.WaitAny)
        {
            if (arrived.Count == 0) return false;
            CancelBranchesInto(session, joinId);
        }
        else if (!JoinCanFire(session, joinId))
        {
            return false;
        }
        session.State.Joins.Remove(joinId);
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

    private static bool JoinCanFire(ExecutionSession session, string joinId)
    {
        var workflow = session.Workflow;
        var arrived = session.State.Joins.GetValueOrDefault(joinId) ?? [];
        var missing = workflow.Inbound(joinId).Where(c => !arrived.Contains(c.Key)).ToList();
        if (missing.Count == 0) return true;
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in session.State.Queue)
        {
            if (item.ActivityId != joinId) live.Add(item.ActivityId);
            else if (item.Via is not null && missing.Exists(c => c.Key == item.Via)) return false;
        }
        foreach (var bookmark in session.State.Bookmarks) live.Add(bookmark.ActivityId);
        foreach (var (otherJoin, otherArrived) in session.State.Joins)
        {
            if (otherJoin != joinId && otherArrived.Count > 0) live.Add(otherJoin);
        }
        foreach (var connection in missing)
        {
            var source = connection.Source.Activity;
            if (live.Any(point => point == source || workflow.CanReach(point, source))) return false;
        }
        return true;
    }

    private void CancelBranchesInto(ExecutionSession session, string joinId)
    {
        var workflow = session.Workflow;
        foreach (var item in session.State.Queue.Where(i => i.ActivityId == joinId || workflow.CanReach(i.ActivityId, joinId)).ToList())
        {
            session.State.Queue.Remove(item);
            Journal(session, JournalEventType.Cancelled, item, workflow.Nodes.GetValueOrDefault(item.ActivityId)?.Descriptor.Type);
        }
        foreach (var reference in session.State.Bookmarks.Where(b => workflow.CanReach(b.ActivityId, joinId)).ToList())
        {
            session.RemoveBookmark(reference);
            var item = new WorkItem { ActivityId = reference.ActivityId, ExecutionId = reference.ExecutionId };
            Journal(session, JournalEventType.Cancelled, item, workflow.Nodes.GetValueOrDefault(item.ActivityId)?.Descriptor.Type);
        }
        foreach (var other in session.State.Joins.Keys.Where(j => j != joinId && workflow.CanReach(j, joinId)).ToList())
        {
            session.State.Joins.Remove(other);
        }
    }
}

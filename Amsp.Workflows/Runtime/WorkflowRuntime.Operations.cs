using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Cancels an instance and its running, suspended or faulted children: drops their pending work and bookmarks. A
    /// burst running on the instance is cancelled at its next slice (within <c>Limits.SliceDuration</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown instance.</exception>
    public async Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var call = NewCall();
        var result = await CancelTreeAsync(instanceId, call, cancellationToken);
        await DrainAsync(call, cancellationToken);
        return result;
    }

    private async Task<WorkflowRunResult> CancelTreeAsync(string instanceId, RunCall call, CancellationToken cancellationToken)
    {
        var (result, _) = await RunBurstAsync(instanceId, session =>
        {
            if (session.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return false;
            foreach (var reference in session.State.Bookmarks.ToList()) session.RemoveBookmark(reference);
            session.State.Queue.Clear();
            session.State.Paused = null;
            session.ClearJoins();
            session.Instance.Status = WorkflowStatus.Cancelled;
            session.Instance.FinishedAt = Clock.GetUtcNow();
            Journal(session, JournalEventType.WorkflowCancelled, null, null);
            return true;
        }, claim: false, NewBurst(call), cancellationToken);
        // Children are at most Limits.MaxDepth levels deep, so this recursion is too.
        foreach (var child in await _instances.QueryAsync(new InstanceQuery { ParentInstanceId = instanceId, Take = int.MaxValue }, cancellationToken))
        {
            if (child.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted)
            {
                await CancelTreeAsync(child.Id, call, cancellationToken);
            }
        }
        return result!;
    }

    /// <summary>Operator retry: re-runs the faulted activities of a faulted instance (same execution ids, next attempt).</summary>
    /// <exception cref="KeyNotFoundException">Unknown instance.</exception>
    /// <exception cref="InvalidOperationException">The instance is not faulted.</exception>
    public async Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var call = NewCall();
        var (result, _) = await RunBurstAsync(instanceId, session =>
        {
            if (session.Instance.Status != WorkflowStatus.Faulted)
            {
                throw new InvalidOperationException($"Workflow instance '{instanceId}' is {session.Instance.Status}, not Faulted.");
            }
            var faulted = session.State.Faulted.ToList();
            session.State.Faulted.Clear();
            foreach (var item in faulted) item.Attempt++;
            session.State.Queue.InsertRange(0, faulted);
            session.Instance.Status = WorkflowStatus.Running;
            session.Instance.FinishedAt = null;
            return true;
        }, claim: false, NewBurst(call), cancellationToken);
        return await EndCallAsync(call, result!, cancellationToken);
    }

    /// <summary>
    /// Runs the ready work of a running instance as a new burst: a child queued by RunWorkflow, a long loop that
    /// yielded at its budget, an instance a crash interrupted. An instance that is not running is left as it is (a
    /// child that has ended tells its parent again, in case the parent missed it). Null for an unknown instance.
    /// <see cref="IWorkflowScheduler"/> implementations call it for <see cref="IWorkflowScheduler.DispatchAsync"/>.
    /// </summary>
    public async Task<WorkflowRunResult?> ContinueAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var call = NewCall();
        var result = await ContinueCoreAsync(instanceId, call, cancellationToken);
        return result is null ? null : await EndCallAsync(call, result, cancellationToken);
    }

    private async Task<WorkflowRunResult?> ContinueCoreAsync(string instanceId, RunCall call, CancellationToken cancellationToken)
    {
        try
        {
            var (result, changed) = await RunBurstAsync(instanceId, KeepRunning, claim: false, NewBurst(call), cancellationToken);
            if (!changed && result is { Status: WorkflowStatus.Finished or WorkflowStatus.Cancelled }
                && await _instances.FindAsync(instanceId, cancellationToken) is { ParentInstanceId: not null } ended)
            {
                // Its parent may have committed its bookmark after the child ended (a re-run after a crash): tell it again.
                // A bookmark resumes once, so a parent that heard it already hears nothing.
                await NotifyParentAsync(ended, call, cancellationToken);
            }
            return result;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }
}

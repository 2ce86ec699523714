using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private static readonly Func<ExecutionSession, bool> KeepRunning = session => session.Instance.Status == WorkflowStatus.Running;

    private RunCall NewCall() => new(Clock.GetTimestamp());

    private Burst NewBurst(RunCall call) => new(call, Clock.GetTimestamp());

    /// <summary>
    /// Runs one burst of an instance: applies <paramref name="change"/> and runs, one slice at a time. Between two
    /// slices the instance is committed and its lock released, so a cancel waiting for it gets in; the next slice
    /// starts from the stored state. Result null when <paramref name="claim"/> lost the race for a bookmark; Changed
    /// false when <paramref name="change"/> declined (the result is then the instance as it was).
    /// </summary>
    private async Task<(WorkflowRunResult? Result, bool Changed)> RunBurstAsync(
        string instanceId, Func<ExecutionSession, bool> change, bool claim, Burst burst, CancellationToken cancellationToken)
    {
        var slice = await RunSliceAsync(instanceId, change, claim, burst, cancellationToken);
        if (slice is null) return (null, false);
        if (!slice.Value.Changed) return (ToResult(slice.Value.Session), false);
        while (true)
        {
            await AfterRunAsync(slice.Value.Session, burst.Call, cancellationToken);
            if (!slice.Value.Sliced) return (ToResult(slice.Value.Session), true);
            var next = await RunSliceAsync(instanceId, KeepRunning, claim: false, burst, cancellationToken);
            if (next is not { Changed: true }) return (ToResult(next?.Session ?? slice.Value.Session), true);
            slice = next;
        }
    }

    /// <summary>Lock, load, apply a change, run one slice, commit; re-evaluate from fresh state after a lost optimistic race.</summary>
    private async Task<(ExecutionSession Session, bool Changed, bool Sliced)?> RunSliceAsync(
        string instanceId, Func<ExecutionSession, bool> change, bool claim, Burst burst, CancellationToken cancellationToken)
    {
        await using (await _locks.AcquireAsync(instanceId, cancellationToken))
        {
            for (var attempt = 0; ; attempt++)
            {
                var instance = await _instances.FindAsync(instanceId, cancellationToken)
                    ?? throw new KeyNotFoundException($"Workflow instance '{instanceId}' does not exist.");
                var session = new ExecutionSession(instance, await GetCompiledAsync(instance.DefinitionVersionId, cancellationToken), isNew: false) { Burst = burst };
                if (!change(session)) return (session, false, false);
                try
                {
                    if (claim)
                    {
                        // A resume claims its bookmark with a commit before running anything, so a runtime
                        // that loses the race (another process, same database) never executes the activities.
                        await CommitAsync(session, cancellationToken);
                    }
                    return (session, true, await RunAsync(session, cancellationToken));
                }
                catch (ConcurrencyConflictException) when (attempt < _options.MaxConcurrencyRetries)
                {
                    // Another runtime committed first: re-evaluate against its state.
                }
                catch (ConcurrencyConflictException) when (claim)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>
    /// Ends a public operation: runs the children it queued, one after another, while the operation is within the
    /// engine's per-burst limits, and hands the rest to the scheduler. When any ran, <paramref name="result"/>'s
    /// instance is read again (a child that ended has resumed its parent).
    /// </summary>
    private async Task<WorkflowRunResult> EndCallAsync(RunCall call, WorkflowRunResult result, CancellationToken cancellationToken)
    {
        if (!await DrainAsync(call, cancellationToken)) return result;
        return await _instances.FindAsync(result.InstanceId, cancellationToken) is { } instance ? ToResult(instance) : result;
    }

    /// <summary>Runs (or dispatches) the children a call queued; true when it ran any here.</summary>
    private async Task<bool> DrainAsync(RunCall call, CancellationToken cancellationToken)
    {
        var ran = false;
        while (call.Children.TryDequeue(out var childId))
        {
            var limits = _options.Limits;
            if (call.Activities < limits.MaxActivitiesPerBurst && Clock.GetElapsedTime(call.Started) < limits.MaxBurstDuration)
            {
                await ContinueCoreAsync(childId, call, cancellationToken);
                ran = true;
            }
            else
            {
                await _scheduler.DispatchAsync(childId, cancellationToken);
            }
        }
        return ran;
    }
}

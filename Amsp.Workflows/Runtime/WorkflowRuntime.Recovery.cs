using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private const int RecoveryBatchSize = 100;

    /// <summary>
    /// After a restart: runs instances left Running by a crash from their last commit (same execution ids), as fast
    /// as it can. Call once at start-up. Returns how many were recovered.
    /// </summary>
    public Task<int> RecoverAsync(CancellationToken cancellationToken = default) =>
        RecoverAsync(maxPerSecond: int.MaxValue, progress: null, cancellationToken);

    /// <summary>
    /// After a restart: runs instances left Running by a crash (created before this call) from their last commit, at
    /// most <paramref name="maxPerSecond"/> a second by the engine's clock, newest first, reading them a page at a
    /// time. Meant to run in the background once the host is ready. Returns how many were recovered.
    /// </summary>
    /// <param name="maxPerSecond">Instances per second at most.</param>
    /// <param name="progress">Told the number recovered so far whenever the rate makes it wait, and at the end.</param>
    /// <param name="cancellationToken">Stops the recovery between two instances.</param>
    public async Task<int> RecoverAsync(int maxPerSecond, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPerSecond);
        // Keyset paging from now backwards: an instance started while recovery runs is not recovered, and one that
        // stays Running (a long loop continuing in the background) is not read twice.
        var startedBefore = Clock.GetUtcNow().AddTicks(1);
        InstanceCursor? cursor = null;
        var more = true;
        var count = 0;
        var window = Clock.GetTimestamp();
        var inWindow = 0;
        while (more)
        {
            var page = await _instances.QueryAsync(new InstanceQuery
            {
                Status = WorkflowStatus.Running, CreatedTo = startedBefore, Before = cursor, Take = RecoveryBatchSize,
            }, cancellationToken);
            more = page.Count == RecoveryBatchSize;
            if (more) cursor = new InstanceCursor(page[^1].CreatedAt, page[^1].Id);
            foreach (var instance in page)
            {
                if (inWindow >= maxPerSecond)
                {
                    var remaining = TimeSpan.FromSeconds(1) - Clock.GetElapsedTime(window);
                    if (remaining > TimeSpan.Zero)
                    {
                        // Waiting starts before the progress report, so whoever reacts to it by moving the clock moves this wait.
                        var wait = Task.Delay(remaining, Clock, cancellationToken);
                        progress?.Report(count);
                        await wait;
                    }
                    window = Clock.GetTimestamp();
                    inWindow = 0;
                }
                var call = NewCall();
                var result = await ContinueCoreAsync(instance.Id, call, cancellationToken);
                await DrainAsync(call, cancellationToken);
                inWindow++;
                if (result is not null) count++;
            }
        }
        progress?.Report(count);
        return count;
    }

    /// <summary>
    /// Runs on one instance a crash (of this node, or of another one that died) left Running, from its last commit,
    /// as <see cref="RecoverAsync(CancellationToken)"/> does for all of them at start-up. For a node of a cluster that takes
    /// over the work of one that died: the instance lock keeps it from running an instance another node is running, and an
    /// instance that is not Running (any more) is left alone. Returns whether it was running.
    /// </summary>
    public async Task<bool> RecoverAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (await _instances.FindAsync(instanceId, cancellationToken) is not { Status: WorkflowStatus.Running })
        {
            return false;
        }
        return await ContinueAsync(instanceId, cancellationToken) is not null;
    }
}

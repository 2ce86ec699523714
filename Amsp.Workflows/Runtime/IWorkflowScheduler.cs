namespace Amsp.Workflows.Runtime;

/// <summary>
/// Fires timer bookmarks (Delay, retry backoff) at their due time by calling
/// <see cref="WorkflowRuntime.ResumeBookmarkAsync"/>, and runs instances in the background by calling
/// <see cref="WorkflowRuntime.ContinueAsync"/>. Hosting implements it with Quartz; the engine ships an in-process
/// implementation on <see cref="TimeProvider"/> timers and the thread pool, and a manual one for tests.
/// </summary>
public interface IWorkflowScheduler
{
    /// <summary>Called after a commit that created a timer bookmark.</summary>
    ValueTask ScheduleAsync(TimerRegistration timer, CancellationToken cancellationToken = default);

    /// <summary>Called after a commit that removed a timer bookmark before it fired.</summary>
    ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Called after a commit that left an instance Running with work for the background: a child the operation that
    /// created it had no budget left to run, or a long loop that yielded at its execution budget. Runs
    /// <see cref="WorkflowRuntime.ContinueAsync"/> for it soon, with bounded concurrency; running it more than once is harmless.
    /// </summary>
    ValueTask DispatchAsync(string instanceId, CancellationToken cancellationToken = default);
}

/// <summary>A timer to fire.</summary>
/// <param name="BookmarkId">The bookmark (resume token).</param>
/// <param name="InstanceId">Its instance.</param>
/// <param name="DueAt">When to fire it.</param>
public sealed record TimerRegistration(string BookmarkId, string InstanceId, DateTimeOffset DueAt);

/// <summary>
/// Does not fire or run anything by itself: someone calls <see cref="WorkflowRuntime.ProcessDueTimersAsync"/> and
/// <see cref="RunDispatchedAsync"/> (tests with a fake clock, or a host that polls). Keeps the registrations for inspection.
/// </summary>
public sealed class ManualWorkflowScheduler : IWorkflowScheduler
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimerRegistration> _timers = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _dispatched = new();

    /// <summary>Timers registered and not yet unscheduled.</summary>
    public IReadOnlyCollection<TimerRegistration> Timers => [.. _timers.Values];

    /// <summary>Instances dispatched and not yet run by <see cref="RunDispatchedAsync"/>, in order.</summary>
    public IReadOnlyCollection<string> Dispatched => [.. _dispatched];

    /// <inheritdoc />
    public ValueTask DispatchAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        _dispatched.Enqueue(instanceId);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the dispatched instances, and those they dispatch, up to <paramref name="max"/> runs; returns how many ran.</summary>
    public async Task<int> RunDispatchedAsync(WorkflowRuntime runtime, int max = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var ran = 0;
        while (ran < max && _dispatched.TryDequeue(out var instanceId))
        {
            await runtime.ContinueAsync(instanceId, cancellationToken);
            ran++;
        }
        return ran;
    }

    /// <inheritdoc />
    public ValueTask ScheduleAsync(TimerRegistration timer, CancellationToken cancellationToken = default)
    {
        _timers[timer.BookmarkId] = timer;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        _timers.TryRemove(bookmarkId, out _);
        return ValueTask.CompletedTask;
    }
}

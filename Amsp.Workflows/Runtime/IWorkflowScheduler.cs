namespace Amsp.Workflows.Runtime;

/// <summary>
/// Fires timer bookmarks (Delay, retry backoff) at their due time by calling
/// <see cref="WorkflowRuntime.ResumeBookmarkAsync"/>. Hosting implements it with Quartz; the engine ships an
/// in-process implementation on <see cref="TimeProvider"/> timers and a manual one for tests.
/// </summary>
public interface IWorkflowScheduler
{
    /// <summary>Called after a commit that created a timer bookmark.</summary>
    ValueTask ScheduleAsync(TimerRegistration timer, CancellationToken cancellationToken = default);

    /// <summary>Called after a commit that removed a timer bookmark before it fired.</summary>
    ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken = default);
}

/// <summary>A timer to fire.</summary>
/// <param name="BookmarkId">The bookmark (resume token).</param>
/// <param name="InstanceId">Its instance.</param>
/// <param name="DueAt">When to fire it.</param>
public sealed record TimerRegistration(string BookmarkId, string InstanceId, DateTimeOffset DueAt);

/// <summary>
/// Does not fire anything by itself: someone calls <see cref="WorkflowRuntime.ProcessDueTimersAsync"/>
/// (tests with a fake clock, or a host that polls). Keeps the registrations for inspection.
/// </summary>
public sealed class ManualWorkflowScheduler : IWorkflowScheduler
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimerRegistration> _timers = new();

    /// <summary>Timers registered and not yet unscheduled.</summary>
    public IReadOnlyCollection<TimerRegistration> Timers => [.. _timers.Values];

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

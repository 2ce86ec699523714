using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// Fires timer bookmarks from <see cref="TimeProvider"/> timers in this process, and runs dispatched instances on the
/// thread pool, at most one per processor at a time. It forgets both on restart: call
/// <see cref="WorkflowRuntime.RestoreTimersAsync"/> and <see cref="WorkflowRuntime.RecoverAsync(CancellationToken)"/>
/// at start-up (hosting's Quartz scheduler replaces this class and persists its triggers).
/// </summary>
public sealed partial class InProcessWorkflowScheduler(IServiceProvider services, TimeProvider clock, ILogger<InProcessWorkflowScheduler> logger)
    : IWorkflowScheduler, IDisposable
{
    private readonly ConcurrentDictionary<string, ITimer> _timers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _runs = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <inheritdoc />
    public ValueTask ScheduleAsync(TimerRegistration timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var due = timer.DueAt - clock.GetUtcNow();
        var handle = clock.CreateTimer(_ => _ = FireAsync(timer.BookmarkId), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        if (_timers.TryRemove(timer.BookmarkId, out var previous)) previous.Dispose();
        _timers[timer.BookmarkId] = handle;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        if (_timers.TryRemove(bookmarkId, out var timer)) timer.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DispatchAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        _ = Task.Run(async () =>
        {
            await _runs.WaitAsync(CancellationToken.None);
            try
            {
                await LoggedAsync(runtime => runtime.ContinueAsync(instanceId), ex => LogRunFailed(logger, instanceId, ex));
            }
            finally
            {
                _runs.Release();
            }
        }, CancellationToken.None);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var timer in _timers.Values) timer.Dispose();
        _timers.Clear();
    }

    private async Task FireAsync(string bookmarkId)
    {
        if (_timers.TryRemove(bookmarkId, out var timer)) timer.Dispose();
        await LoggedAsync(runtime => runtime.ResumeBookmarkAsync(bookmarkId), ex => LogTimerFailed(logger, bookmarkId, ex));
    }

    private async Task LoggedAsync(Func<WorkflowRuntime, Task> work, Action<Exception> log)
    {
        try
        {
            await work(services.GetRequiredService<WorkflowRuntime>());
        }
#pragma warning disable CA1031 // A timer callback or background run has no caller to report to: log and go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow instance {InstanceId} failed to run in the background.")]
    private static partial void LogRunFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer bookmark {BookmarkId} failed to resume.")]
    private static partial void LogTimerFailed(ILogger logger, string bookmarkId, Exception exception);
}

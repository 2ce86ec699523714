using Amsp.Host.Hosting;
using Amsp.Host.Workflows.Http;
using Amsp.Host.Workflows.Triggers;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>
/// Before the host takes requests (after the database is migrated): warms the runtime up so the first request
/// does not pay for it, schedules every pending timer bookmark again when the job store is in memory (it starts
/// empty), and loads triggers and routes. Work a crashed process left between commits is run on afterwards, in the
/// background (<see cref="WorkflowBackgroundRecovery"/>), so that no number of interrupted instances delays readiness.
/// </summary>
internal sealed partial class WorkflowRecovery(
    IWorkflowInstanceStore instances, IWorkflowScheduler scheduler, TriggerScheduler triggers, HttpRoutes routes, PublicationRefresh refresh, WorkflowRuntime runtime,
    ILogger<WorkflowRecovery> logger, bool rescheduleTimers) : StartupTask
{
    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        await runtime.WarmUpAsync(cancellationToken);
        var timers = rescheduleTimers
            ? await instances.FindDueBookmarksAsync(DateTimeOffset.MaxValue, int.MaxValue, cancellationToken)
            : [];
        foreach (var timer in timers)
        {
            await scheduler.ScheduleAsync(new TimerRegistration(timer.Id, timer.InstanceId, timer.DueAt!.Value), cancellationToken);
        }
        // Publishing schedules triggers as it happens; definitions published by another process (amsp workflows
        // import) or before a restart on the in-memory store are scheduled here. Replacing is idempotent.
        await triggers.ScheduleAllPublishedAsync(cancellationToken);
        await routes.LoadAsync(cancellationToken);
        await refresh.SeedAsync(cancellationToken);
        LogScheduled(logger, timers.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Timers} pending workflow timer(s)")]
    private static partial void LogScheduled(ILogger logger, int timers);
}

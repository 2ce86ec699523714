using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>
/// The engine's timers on Quartz: one job per timer bookmark, keyed by the bookmark id, firing at its due time.
/// A timer that is overdue when the scheduler sees it (the process was down) fires at once. The job asks for recovery:
/// a fire claimed by a node that dies is run again by a survivor, and resuming a bookmark is once only (its claim is a
/// commit), so a fire the dead node had finished resumes nothing twice. Instances dispatched to the background are
/// one-shot jobs keyed by the instance id, firing now.
/// </summary>
internal sealed class QuartzWorkflowScheduler(ISchedulerFactory schedulers, TimeProvider clock) : IWorkflowScheduler
{
    public const string Group = "workflow-timers";

    public const string RunsGroup = "workflow-runs";

    public async ValueTask ScheduleAsync(TimerRegistration timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<ResumeTimerJob>()
            .WithIdentity(timer.BookmarkId, Group)
            .UsingJobData(ResumeTimerJob.BookmarkKey, timer.BookmarkId)
            .UsingJobData(ResumeTimerJob.InstanceKey, timer.InstanceId)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(timer.BookmarkId, Group)
            .StartAt(timer.DueAt)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .ForJob(job)
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(bookmarkId, Group), cancellationToken);
    }

    public async ValueTask DispatchAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RunInstanceJob>()
            .WithIdentity(instanceId, RunsGroup)
            .UsingJobData(RunInstanceJob.InstanceKey, instanceId)
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(instanceId, RunsGroup)
            .StartAt(clock.GetUtcNow())
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .ForJob(job)
            .Build();
        // Dispatched twice before it ran: one run does for both.
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }
}

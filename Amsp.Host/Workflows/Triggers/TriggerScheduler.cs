using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// Keeps Quartz's triggers equal to the published versions' Cron, Timer and StartAt activities: publishing moves a
/// definition's triggers to the new version and retracting removes them. One job per trigger activity, keyed by activity
/// id, in a group per definition. A trigger whose schedule did not change is left as Quartz has it (replacing it would
/// compute its next point from now, dropping the points it owes), and a changed one is replaced in place.
/// </summary>
internal sealed class TriggerScheduler(
    ISchedulerFactory schedulers, IWorkflowDefinitionStore store, IWorkflowInstanceStore instances, TimeProvider clock) : IWorkflowPublicationListener
{
    private const string FingerprintKey = "schedule";
    private const string CatchUpSuffix = ":owed";

    public static string GroupOf(string definitionId) => $"workflow-trigger:{definitionId}";

    public Task PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken) =>
        PublishedAsync(definition, catchUp: false, cancellationToken);

    public async Task RetractedAsync(string definitionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var activityId in await TriggerIdsOfAllVersionsAsync(definitionId, cancellationToken))
        {
            await scheduler.DeleteJob(new JobKey(activityId, GroupOf(definitionId)), cancellationToken);
        }
    }

    /// <summary>
    /// At start: schedules the triggers of every published definition that Quartz does not hold (all of them when the
    /// job store is in memory). A trigger scheduled anew that owes points since the last one it started (the platform was
    /// down) starts once at once for them, as the misfire policy has it, instead of forgetting them.
    /// </summary>
    public async Task ScheduleAllPublishedAsync(CancellationToken cancellationToken)
    {
        foreach (var published in await store.ListPublishedAsync(cancellationToken))
        {
            await PublishedAsync(published, catchUp: true, cancellationToken);
        }
    }

    private async Task PublishedAsync(WorkflowDefinition definition, bool catchUp, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = definition.Root.Activities.Where(ScheduledTrigger.IsScheduled)
            .Select(node => ScheduledTrigger.Read(node).Trigger)
            .OfType<ScheduledTrigger>()
            .ToList();
        foreach (var trigger in wanted)
        {
            await ScheduleAsync(scheduler, definition.DefinitionId, trigger, catchUp, cancellationToken);
        }
        var stale = await TriggerIdsOfAllVersionsAsync(definition.DefinitionId, cancellationToken);
        stale.ExceptWith(wanted.Select(t => t.ActivityId));
        foreach (var activityId in stale)
        {
            await scheduler.DeleteJob(new JobKey(activityId, GroupOf(definition.DefinitionId)), cancellationToken);
        }
    }

    private async Task ScheduleAsync(IScheduler scheduler, string definitionId, ScheduledTrigger trigger, bool catchUp, CancellationToken cancellationToken)
    {
        var group = GroupOf(definitionId);
        var key = new JobKey(trigger.ActivityId, group);
        if (await scheduler.GetJobDetail(key, cancellationToken) is { } held
            && held.JobDataMap.TryGetValue(FingerprintKey, out var fingerprint) && fingerprint as string == trigger.Fingerprint
            && await scheduler.GetTrigger(new TriggerKey(trigger.ActivityId, group), cancellationToken) is not null)
        {
            return;
        }
        if (trigger.StartAt is { } at && at <= clock.GetUtcNow() && await instances.FindAsync(
            WorkflowRuntime.ScheduledInstanceId(definitionId, trigger.ActivityId, ScheduledPoint.Normalize(at)), cancellationToken) is not null)
        {
            return; // its one point has started: Quartz dropped the spent trigger, and scheduling it again would only find that
        }
        var builder = JobBuilder.Create<StartWorkflowJob>()
            .WithIdentity(key)
            .UsingJobData(StartWorkflowJob.DefinitionKey, definitionId)
            .UsingJobData(StartWorkflowJob.ActivityKey, trigger.ActivityId)
            .UsingJobData(StartWorkflowJob.OverlapKey, trigger.AllowOverlap)
            .UsingJobData(FingerprintKey, trigger.Fingerprint)
            .RequestRecovery();
        if (trigger.StartAt is { } instant)
        {
            builder = builder.UsingJobData(ScheduledPoint.InstantKey, instant.ToString("O"));
        }
        var job = builder.Build();
        var start = trigger.StartAt ?? (trigger.FirstAfter is { } after ? clock.GetUtcNow() + after : null);
        var schedule = TriggerBuilder.Create(clock).WithIdentity(trigger.ActivityId, group).ForJob(job).WithSchedule(trigger.Schedule());
        var next = (start is { } first ? schedule.StartAt(first) : schedule.StartNow()).Build();
        List<ITrigger> triggers = [next];
        if (catchUp && await MissedPointAsync(definitionId, trigger, cancellationToken))
        {
            // Quartz starts a new trigger from now, so the points owed since the last start are one start now, as a
            // misfire would have made them; its point is this moment, which the schedule's own next point follows.
            triggers.Add(TriggerBuilder.Create(clock).WithIdentity(trigger.ActivityId + CatchUpSuffix, group).ForJob(job).StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build());
        }
        await scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    /// <summary>
    /// Whether a trigger scheduled anew at start owes points: one of its points fell between the last point it started
    /// (the newest instance's scheduled time) and now. Null history (it never started) owes nothing.
    /// </summary>
    private async Task<bool> MissedPointAsync(string definitionId, ScheduledTrigger trigger, CancellationToken cancellationToken)
    {
        var query = new InstanceQuery { DefinitionId = definitionId, CorrelationId = StartWorkflowJob.CorrelationOf(trigger.ActivityId), Take = 1 };
        if ((await instances.QueryAsync(query, cancellationToken)) is not [{ ScheduledAt: { } last }])
        {
            return false;
        }
        var owed = trigger.FirstAfter is { } interval ? last + interval
            : TriggerBuilder.Create(clock).WithSchedule(trigger.Schedule()).StartAt(last.AddSeconds(1)).Build().GetFireTimeAfter(last);
        return owed <= clock.GetUtcNow();
    }

    private async Task<HashSet<string>> TriggerIdsOfAllVersionsAsync(string definitionId, CancellationToken cancellationToken) =>
        (await store.ListVersionsAsync(definitionId, cancellationToken))
            .SelectMany(v => v.Root.Activities).Where(ScheduledTrigger.IsScheduled).Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
}

using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// Keeps Quartz's triggers equal to the published versions' Cron, Timer and StartAt activities: publishing moves a
/// definition's triggers to the new version (each trigger is replaced in place, so no fire is lost or doubled), and
/// retracting removes them. One job per trigger activity, keyed by activity id, in a group per definition.
/// </summary>
internal sealed class TriggerScheduler(ISchedulerFactory schedulers, IWorkflowDefinitionStore store, TimeProvider clock) : IWorkflowPublicationListener
{
    public static string GroupOf(string definitionId) => $"workflow-trigger:{definitionId}";

    public async Task PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var group = GroupOf(definition.DefinitionId);
        var wanted = definition.Root.Activities.Where(ScheduledTrigger.IsScheduled)
            .Select(node => ScheduledTrigger.Read(node).Trigger)
            .OfType<ScheduledTrigger>()
            .ToList();
        foreach (var trigger in wanted)
        {
            var job = JobBuilder.Create<StartWorkflowJob>()
                .WithIdentity(trigger.ActivityId, group)
                .UsingJobData(StartWorkflowJob.DefinitionKey, definition.DefinitionId)
                .UsingJobData(StartWorkflowJob.ActivityKey, trigger.ActivityId)
                .UsingJobData(StartWorkflowJob.OverlapKey, trigger.AllowOverlap)
                .DisallowConcurrentExecution(true)
                .Build();
            var builder = TriggerBuilder.Create(clock).WithIdentity(trigger.ActivityId, group).ForJob(job).WithSchedule(trigger.Schedule());
            builder = trigger.StartAt is { } at ? builder.StartAt(at)
                : trigger.FirstAfter is { } after ? builder.StartAt(clock.GetUtcNow() + after)
                : builder.StartNow();
            await scheduler.ScheduleJob(job, builder.Build(), new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
        var stale = await TriggerIdsOfAllVersionsAsync(definition.DefinitionId, cancellationToken);
        stale.ExceptWith(wanted.Select(t => t.ActivityId));
        foreach (var activityId in stale)
        {
            await scheduler.DeleteJob(new JobKey(activityId, group), cancellationToken);
        }
    }

    public async Task RetractedAsync(string definitionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var activityId in await TriggerIdsOfAllVersionsAsync(definitionId, cancellationToken))
        {
            await scheduler.DeleteJob(new JobKey(activityId, GroupOf(definitionId)), cancellationToken);
        }
    }

    /// <summary>Schedules the triggers of every published definition (at start, when the job store is in memory).</summary>
    public async Task ScheduleAllPublishedAsync(CancellationToken cancellationToken)
    {
        foreach (var published in await store.ListPublishedAsync(cancellationToken))
        {
            await PublishedAsync(published, cancellationToken);
        }
    }

    private async Task<HashSet<string>> TriggerIdsOfAllVersionsAsync(string definitionId, CancellationToken cancellationToken) =>
        (await store.ListVersionsAsync(definitionId, cancellationToken))
            .SelectMany(v => v.Root.Activities).Where(ScheduledTrigger.IsScheduled).Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
}

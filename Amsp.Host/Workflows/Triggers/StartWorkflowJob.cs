using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// One fire of a Cron, Timer or StartAt trigger: starts an instance of the definition's published version at that
/// trigger, once per point of the schedule (<see cref="ScheduledPoint"/>). Unless the trigger allows overlap, a fire is
/// skipped while the instance the trigger started last is still running or suspended.
/// </summary>
/// <remarks>
/// The job asks Quartz for recovery and allows concurrent execution. A fire that a dead node had claimed is run again by a
/// survivor as soon as the cluster finds the node dead; the start is idempotent on the point in the database, so a fire
/// the dead node had already committed starts nothing twice. <c>[DisallowConcurrentExecution]</c> would add nothing to
/// that, and it would hold the trigger blocked behind the dead node's fire (Quartz defers recovering such a fire while
/// the node might still be running it). Overlap is decided under a lock per trigger instead, across nodes on PostgreSQL.
/// </remarks>
internal sealed partial class StartWorkflowJob(
    WorkflowRuntime runtime, IWorkflowInstanceStore instances, IInstanceLockProvider locks, ILogger<StartWorkflowJob> logger) : IJob
{
    public const string DefinitionKey = "definitionId";
    public const string ActivityKey = "activityId";
    public const string OverlapKey = "allowOverlap";

    /// <summary>The correlation id of the instances a trigger starts, by which overlap is found.</summary>
    public static string CorrelationOf(string activityId) => $"trigger:{activityId}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        if (!data.TryGetValue(DefinitionKey, out var d) || d is not string definitionId
            || !data.TryGetValue(ActivityKey, out var a) || a is not string activityId)
        {
            return;
        }
        var point = ScheduledPoint.Of(context);
        if (await instances.FindAsync(WorkflowRuntime.ScheduledInstanceId(definitionId, activityId, point), cancellationToken) is { } started)
        {
            LogAlreadyStarted(logger, definitionId, activityId, point, context.Recovering);
            if (context.Recovering && started.Status == WorkflowStatus.Running)
            {
                // The node that started it died between two of its commits: run it on here rather than at its restart.
                await runtime.RecoverAsync(started.Id, cancellationToken);
            }
            return;
        }
        var allowOverlap = data.TryGetValue(OverlapKey, out var o) && o is true or "true" or "True";
        if (allowOverlap)
        {
            await StartAsync(context, definitionId, activityId, point, cancellationToken);
            return;
        }
        // Two fires of one trigger can run at once (a recovered one and the next point, on two nodes): the check of the
        // previous instance and the start are one step per trigger.
        await using (await locks.AcquireAsync($"trigger:{definitionId}:{activityId}", cancellationToken))
        {
            if (await IsStillActiveAsync(definitionId, CorrelationOf(activityId), cancellationToken))
            {
                LogSkipped(logger, definitionId, activityId, point);
                return;
            }
            await StartAsync(context, definitionId, activityId, point, cancellationToken);
        }
    }

    private Task<WorkflowRunResult> StartAsync(IJobExecutionContext context, string definitionId, string activityId, DateTimeOffset point, CancellationToken cancellationToken) =>
        runtime.StartAsync(definitionId, new StartWorkflowOptions
        {
            TriggerActivityId = activityId,
            ScheduledAt = point,
            CorrelationId = CorrelationOf(activityId),
            Input = new JsonObject
            {
                ["trigger"] = activityId,
                ["scheduledAt"] = point.ToString("O"),
                ["firedAt"] = context.FireTimeUtc.ToString("O"),
            },
        }, cancellationToken);

    private async Task<bool> IsStillActiveAsync(string definitionId, string correlation, CancellationToken cancellationToken)
    {
        foreach (var status in new[] { WorkflowStatus.Running, WorkflowStatus.Suspended })
        {
            var query = new InstanceQuery { DefinitionId = definitionId, CorrelationId = correlation, Status = status, Take = 1 };
            if ((await instances.QueryAsync(query, cancellationToken)).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger {ActivityId} of {DefinitionId} fired for {Point:O} while its previous instance is unfinished; skipped (AllowOverlap is false)")]
    private static partial void LogSkipped(ILogger logger, string definitionId, string activityId, DateTimeOffset point);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trigger {ActivityId} of {DefinitionId} fired again for {Point:O} (recovering: {Recovering}); its instance was started already")]
    private static partial void LogAlreadyStarted(ILogger logger, string definitionId, string activityId, DateTimeOffset point, bool recovering);
}

using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// One fire of a Cron, Timer or StartAt trigger: starts an instance of the definition's published version at that
/// trigger. Unless the trigger allows overlap, a fire is skipped while the instance the trigger started last is
/// still running or suspended.
/// </summary>
internal sealed partial class StartWorkflowJob(WorkflowRuntime runtime, IWorkflowInstanceStore instances, ILogger<StartWorkflowJob> logger) : IJob
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
        var allowOverlap = data.TryGetValue(OverlapKey, out var o) && o is true or "true" or "True";
        var correlation = CorrelationOf(activityId);
        if (!allowOverlap && await IsStillActiveAsync(definitionId, correlation, cancellationToken))
        {
            LogSkipped(logger, definitionId, activityId);
            return;
        }
        await runtime.StartAsync(definitionId, new StartWorkflowOptions
        {
            TriggerActivityId = activityId,
            CorrelationId = correlation,
            Input = new JsonObject
            {
                ["trigger"] = activityId,
                ["scheduledAt"] = context.ScheduledFireTimeUtc?.ToString("O"),
                ["firedAt"] = context.FireTimeUtc.ToString("O"),
            },
        }, cancellationToken);
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger {ActivityId} of {DefinitionId} fired while its previous instance is unfinished; skipped (AllowOverlap is false)")]
    private static partial void LogSkipped(ILogger logger, string definitionId, string activityId);
}

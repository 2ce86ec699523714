using Microsoft.Extensions.Logging;

namespace Amsp.Workflows.Activities;

/// <summary>Writes a message to the instance journal and the application log.</summary>
[Activity("Log", Category = "Primitives", Description = "Writes a message to the journal and the log.")]
public sealed partial class Log(ILogger<Log> logger) : Activity
{
    /// <summary>The message, often a Liquid template.</summary>
    [Input(Required = true, UIHint = "multi-line", Description = "The message, e.g. a Liquid template.")]
    public string Message { get; set; } = "";

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Log(Message);
        LogMessage(logger, context.InstanceId, context.ActivityId, Message);
        return ValueTask.FromResult(ActivityResult.Done);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {InstanceId} / {ActivityId}: {Message}")]
    private static partial void LogMessage(ILogger logger, string instanceId, string activityId, string message);
}

using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Activities;

/// <summary>Faults the instance with a message, whatever the incident strategy.</summary>
[Activity("Fault", Category = "Flow", Outcomes = [], Description = "Faults the workflow with a message.")]
public sealed class Fault : Activity
{
    /// <summary>The error message.</summary>
    [Input(Required = true, Description = "The error message.")]
    public string Message { get; set; } = "";

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => throw new WorkflowFaultException(Message);
}

namespace Amsp.Workflows.Activities;

/// <summary>The entry of a flowchart started by hand or by the API; a flowchart has at most one (triggers are entries too).</summary>
[Activity("Start", Category = "Flow", Description = "Where the workflow begins.")]
public sealed class Start : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

namespace Amsp.Workflows.Activities;

/// <summary>The entry of a flowchart; every definition has exactly one.</summary>
[Activity("Start", Category = "Flow", Description = "Where the workflow begins.")]
public sealed class Start : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

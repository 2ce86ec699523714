namespace Amsp.Workflows.Activities;

/// <summary>Ends its branch; the workflow finishes when no branch is left.</summary>
[Activity("End", Category = "Flow", Outcomes = [], Description = "Ends this branch. The workflow finishes when no path is left.")]
public sealed class EndBranch : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.EndBranch);
}

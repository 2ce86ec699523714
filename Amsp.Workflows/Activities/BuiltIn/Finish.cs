namespace Amsp.Workflows.Activities;

/// <summary>Finishes the whole workflow now, dropping other branches and bookmarks.</summary>
[Activity("Finish", Category = "Flow", Outcomes = [], Description = "Finishes the workflow at once, cancelling other branches.")]
public sealed class Finish : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.FinishWorkflow);
}

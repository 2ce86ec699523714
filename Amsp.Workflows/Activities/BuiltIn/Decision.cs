namespace Amsp.Workflows.Activities;

/// <summary>Takes the True or False outcome by a condition.</summary>
[Activity("Decision", Category = "Flow", Outcomes = ["True", "False"], Description = "Branches on a condition.")]
public sealed class Decision : Activity
{
    /// <summary>The condition, usually a JavaScript expression.</summary>
    [Input(Required = true, UIHint = "single-line", Description = "The condition, e.g. variables.total > 100.")]
    public bool Condition { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(Condition ? "True" : "False"));
}

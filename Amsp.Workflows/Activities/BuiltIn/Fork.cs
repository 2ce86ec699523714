namespace Amsp.Workflows.Activities;

/// <summary>Starts parallel branches: every branch outcome is scheduled.</summary>
[Activity("Fork", Category = "Flow", Outcomes = [], OutcomesFromInput = nameof(Branches), Description = "Runs branches in parallel.")]
public sealed class Fork : Activity
{
    /// <summary>Branch names; each is an outcome.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "string-list", Description = "Branch names; each becomes an outcome.")]
    public string[] Branches { get; set; } = [];

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Outcome(Branches));
}

namespace Amsp.Workflows.Activities;

/// <summary>Takes the outcome named like the value, or Default.</summary>
[Activity("Switch", Category = "Flow", Outcomes = ["Default"], OutcomesFromInput = nameof(Cases), Description = "Branches on a value: one outcome per case, Default otherwise.")]
public sealed class Switch : Activity
{
    /// <summary>The value to match.</summary>
    [Input(Required = true, Description = "The value compared with the case names.")]
    public string? Value { get; set; }

    /// <summary>Case names; each is an outcome.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "string-list", Description = "Case names; each becomes an outcome.")]
    public string[] Cases { get; set; } = [];

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(Array.IndexOf(Cases, Value) >= 0 ? Value! : "Default"));
}

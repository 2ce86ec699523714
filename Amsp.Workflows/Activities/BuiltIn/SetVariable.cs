using System.Text.Json.Nodes;

namespace Amsp.Workflows.Activities;

/// <summary>Sets a workflow variable.</summary>
[Activity("SetVariable", Category = "Primitives", Description = "Sets a workflow variable.")]
public sealed class SetVariable : Activity
{
    /// <summary>Variable name.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], Description = "The variable to set.")]
    public string Variable { get; set; } = "";

    /// <summary>The value.</summary>
    [Input(Description = "The value (any expression).")]
    public JsonNode? Value { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(Variable, Value);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

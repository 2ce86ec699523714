using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;

namespace Amsp.Workflows.Activities;

/// <summary>Runs a sandboxed script; it may change <c>variables</c>; its last expression is the Result output.</summary>
[Activity("RunJavaScript", Category = "Scripting", Description = "Runs sandboxed JavaScript; changes to variables are kept.")]
public sealed class RunJavaScript(JavaScriptEvaluator javaScript) : Activity
{
    /// <summary>The script.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "code", Description = "JavaScript code; sees variables, input, outputs.")]
    public string Script { get; set; } = "";

    /// <summary>Value of the script's last expression.</summary>
    [Output(Description = "Value of the script's last expression.")]
    public JsonNode? Result { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Result = javaScript.Run(Script, context.Scope, writeBackVariables: true, context.CancellationToken);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

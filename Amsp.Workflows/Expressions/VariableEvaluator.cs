using System.Text.Json.Nodes;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Expressions;

/// <summary>The value of a workflow variable named by the expression.</summary>
public sealed class VariableEvaluator : IExpressionEvaluator
{
    /// <inheritdoc />
    public string Syntax => ExpressionSyntax.Variable;

    /// <inheritdoc />
    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, ExpressionScope scope, CancellationToken cancellationToken)
    {
        var name = value?.ToString() ?? "";
        return ValueTask.FromResult(scope.Variables.TryGetPropertyValue(name, out var node) ? node?.DeepClone() : null);
    }

    /// <inheritdoc />
    public string? Check(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? null : "A variable expression needs a variable name.";
}

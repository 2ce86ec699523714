using System.Text.Json.Nodes;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Expressions;

/// <summary>Literal JSON values: returned as they are (a copy, so state never shares nodes with the definition).</summary>
public sealed class LiteralEvaluator : IExpressionEvaluator
{
    /// <inheritdoc />
    public string Syntax => ExpressionSyntax.Literal;

    /// <inheritdoc />
    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, ExpressionScope scope, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value?.DeepClone());

    /// <inheritdoc />
    public string? Check(JsonNode? value) => null;
}

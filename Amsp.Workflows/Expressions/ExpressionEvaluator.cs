using System.Text.Json.Nodes;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Expressions;

/// <summary>Dispatches expressions to the evaluator of their syntax.</summary>
public sealed class ExpressionEvaluator
{
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators;

    /// <summary>Creates the dispatcher from the registered evaluators.</summary>
    public ExpressionEvaluator(IEnumerable<IExpressionEvaluator> evaluators) =>
        _evaluators = evaluators.ToDictionary(e => e.Syntax, StringComparer.Ordinal);

    /// <summary>Whether a syntax is known.</summary>
    public bool IsKnown(string syntax) => _evaluators.ContainsKey(syntax);

    /// <summary>Evaluates an expression.</summary>
    /// <exception cref="ExpressionException">Unknown syntax, failure or exceeded limit.</exception>
    public ValueTask<JsonNode?> EvaluateAsync(Expression expression, ExpressionScope scope, CancellationToken cancellationToken) =>
        _evaluators.TryGetValue(expression.Syntax, out var evaluator)
            ? evaluator.EvaluateAsync(expression.Value, scope, cancellationToken)
            : throw new ExpressionException($"Unknown expression syntax '{expression.Syntax}'.");

    /// <summary>Checks an expression without running it; an error message or null.</summary>
    public string? Check(Expression expression) =>
        _evaluators.TryGetValue(expression.Syntax, out var evaluator)
            ? evaluator.Check(expression.Value)
            : $"Unknown expression syntax '{expression.Syntax}'.";
}

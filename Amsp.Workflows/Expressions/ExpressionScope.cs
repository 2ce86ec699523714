using System.Text.Json.Nodes;

namespace Amsp.Workflows.Expressions;

/// <summary>What an expression sees: <c>variables</c>, <c>input</c> and earlier activities' <c>outputs</c>.</summary>
/// <param name="Variables">Workflow variables.</param>
/// <param name="Input">Workflow input.</param>
/// <param name="Outputs">Outputs of executed activities, <c>{ activityId: { name: value } }</c>.</param>
public sealed record ExpressionScope(JsonObject Variables, JsonObject Input, JsonObject Outputs)
{
    /// <summary>The largest JSON a script may write back to one variable (RunJavaScript); default: no limit.</summary>
    public int MaxVariableBytes { get; init; } = int.MaxValue;
}

/// <summary>Evaluates expressions of one syntax.</summary>
public interface IExpressionEvaluator
{
    /// <summary>The syntax name.</summary>
    string Syntax { get; }

    /// <summary>Evaluates an expression's value in a scope.</summary>
    /// <exception cref="ExpressionException">The expression failed or exceeded a limit.</exception>
    ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, ExpressionScope scope, CancellationToken cancellationToken);

    /// <summary>Checks an expression without running it; returns an error message or null.</summary>
    string? Check(JsonNode? value);
}

/// <summary>An expression failed, or a sandbox limit was exceeded.</summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExpressionException() { }

    /// <summary>Creates the exception.</summary>
    public ExpressionException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ExpressionException(string message, Exception innerException) : base(message, innerException) { }
}

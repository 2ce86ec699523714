using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Amsp.Workflows.Model;

/// <summary>An input value: a syntax and a value (literal JSON, script text, template or variable name).</summary>
public sealed class Expression
{
    /// <summary>Syntax name; see <see cref="ExpressionSyntax"/>. Default <c>Literal</c>.</summary>
    public string Syntax { get; set; } = ExpressionSyntax.Literal;

    /// <summary>The value: any JSON for literals, a string for scripts, templates and variable names.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A literal expression.</summary>
    public static Expression Literal(JsonNode? value) => new() { Syntax = ExpressionSyntax.Literal, Value = value };

    /// <summary>A JavaScript expression.</summary>
    public static Expression JavaScript(string script) => new() { Syntax = ExpressionSyntax.JavaScript, Value = script };

    /// <summary>A Liquid template.</summary>
    public static Expression Liquid(string template) => new() { Syntax = ExpressionSyntax.Liquid, Value = template };

    /// <summary>A reference to a workflow variable.</summary>
    public static Expression Variable(string name) => new() { Syntax = ExpressionSyntax.Variable, Value = name };

    /// <summary>The value as text for script syntaxes.</summary>
    [JsonIgnore]
    public string Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToJsonString() ?? "";
}

/// <summary>Names of the expression syntaxes the engine knows.</summary>
public static class ExpressionSyntax
{
    /// <summary>A JSON literal.</summary>
    public const string Literal = "Literal";

    /// <summary>JavaScript, run sandboxed by Jint.</summary>
    public const string JavaScript = "JavaScript";

    /// <summary>A Liquid template (Fluid), for text.</summary>
    public const string Liquid = "Liquid";

    /// <summary>The value of a workflow variable.</summary>
    public const string Variable = "Variable";

    /// <summary>All known syntaxes.</summary>
    public static IReadOnlyList<string> All { get; } = [Literal, JavaScript, Liquid, Variable];
}

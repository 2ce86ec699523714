using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Descriptors;

/// <summary>What the designer's palette knows about an activity type; built from the class's attributes.</summary>
public sealed class ActivityDescriptor
{
    /// <summary>Type name.</summary>
    public required string Type { get; init; }

    /// <summary>Type version.</summary>
    public required int Version { get; init; }

    /// <summary>Category.</summary>
    public required string Category { get; init; }

    /// <summary>Display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Kind.</summary>
    public required ActivityKind Kind { get; init; }

    /// <summary>Fixed outcomes.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>Input whose literal string array adds outcomes, if any.</summary>
    public string? OutcomesFromInput { get; init; }

    /// <summary>Inputs.</summary>
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }

    /// <summary>Outputs.</summary>
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }

    /// <summary>The implementing class.</summary>
    [JsonIgnore]
    public Type ClrType { get; init; } = null!; // not `required`: System.Text.Json rejects required members it ignores

    /// <summary>Outcomes of a node, including those taken from its inputs.</summary>
    public IReadOnlyList<string> OutcomesOf(ActivityNode node)
    {
        if (OutcomesFromInput is null
            || node.Inputs?.GetValueOrDefault(OutcomesFromInput) is not { Syntax: ExpressionSyntax.Literal, Value: JsonArray items })
        {
            return Outcomes;
        }
        return [.. Outcomes, .. items.Select(i => i?.ToString() ?? "").Where(s => s.Length > 0)];
    }
}

/// <summary>An input of an activity type.</summary>
public sealed class InputDescriptor
{
    /// <summary>Name (the property name).</summary>
    public required string Name { get; init; }

    /// <summary>JSON-ish type name: string, boolean, number, integer, timespan, array, object, any.</summary>
    public required string Type { get; init; }

    /// <summary>Display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>UI hint.</summary>
    public string? UIHint { get; init; }

    /// <summary>Whether required.</summary>
    public bool Required { get; init; }

    /// <summary>Default value.</summary>
    public JsonNode? Default { get; init; }

    /// <summary>Allowed expression syntaxes.</summary>
    public required IReadOnlyList<string> Syntaxes { get; init; }

    /// <summary>Allowed values, for dropdowns.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>The property.</summary>
    [JsonIgnore]
    public PropertyInfo Property { get; init; } = null!; // not `required`: System.Text.Json rejects required members it ignores
}

/// <summary>An output of an activity type.</summary>
public sealed class OutputDescriptor
{
    /// <summary>Name (the property name).</summary>
    public required string Name { get; init; }

    /// <summary>Type name.</summary>
    public required string Type { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>The property.</summary>
    [JsonIgnore]
    public PropertyInfo Property { get; init; } = null!; // not `required`: System.Text.Json rejects required members it ignores
}

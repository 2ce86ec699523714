namespace Amsp.Workflows.Activities;

/// <summary>What an activity does to the flow of an instance.</summary>
public enum ActivityKind
{
    /// <summary>Runs and completes.</summary>
    Action,

    /// <summary>Can start or resume a workflow from outside (hosting indexes these).</summary>
    Trigger,

    /// <summary>Suspends the instance with a bookmark until a stimulus resumes it.</summary>
    Blocking,
}

/// <summary>Declares a class as an activity and gives its palette metadata.</summary>
/// <param name="type">Type name used in definitions, e.g. <c>Decision</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    /// <summary>Type name used in definitions.</summary>
    public string Type { get; } = type;

    /// <summary>Type version. Default 1.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Palette category.</summary>
    public string Category { get; set; } = "General";

    /// <summary>Display name; defaults to the type name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Description for the palette.</summary>
    public string? Description { get; set; }

    /// <summary>Kind. Default <see cref="ActivityKind.Action"/>.</summary>
    public ActivityKind Kind { get; set; } = ActivityKind.Action;

    /// <summary>Fixed outcome ports. Default <c>Done</c>.</summary>
    public string[] Outcomes { get; set; } = ["Done"];

    /// <summary>
    /// Name of a string-array input whose literal values are additional outcome ports
    /// (e.g. a Switch's cases, a Fork's branches).
    /// </summary>
    public string? OutcomesFromInput { get; set; }
}

/// <summary>Marks a property of an activity as an input, evaluated from the node's expression before execution.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Display name; defaults to the property name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Designer UI hint (<c>single-line</c>, <c>multi-line</c>, <c>code</c>, <c>checkbox</c>, <c>dropdown</c>, ...).</summary>
    public string? UIHint { get; set; }

    /// <summary>Whether a definition must provide it to be published.</summary>
    public bool Required { get; set; }

    /// <summary>Default value as JSON text (e.g. <c>"\"WaitAll\""</c> or <c>"3"</c>).</summary>
    public string? DefaultJson { get; set; }

    /// <summary>Allowed expression syntaxes; all known syntaxes when empty.</summary>
    public string[]? Syntaxes { get; set; }

    /// <summary>Allowed values, for dropdowns.</summary>
    public string[]? Options { get; set; }
}

/// <summary>Marks a property of an activity as an output, read after execution into <c>outputs.activityId.name</c>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

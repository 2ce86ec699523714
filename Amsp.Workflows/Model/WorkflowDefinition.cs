using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Amsp.Workflows.Model;

/// <summary>
/// One version of a workflow definition, in its canonical JSON shape. Properties the engine does not
/// know are kept in <see cref="Extra"/> so that a round trip through the engine loses nothing.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>Stable identifier shared by all versions of the definition.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>Identifier of this version; instances are pinned to it.</summary>
    public string Id { get; set; } = "";

    /// <summary>Version number, 1, 2, ...</summary>
    public int Version { get; set; }

    /// <summary>Whether this is the newest version of the definition.</summary>
    public bool IsLatest { get; set; }

    /// <summary>Whether this is the (single) published version of the definition.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Human-readable name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Optional description.</summary>
    public string? Description { get; set; }

    /// <summary>Workflow variables, visible to expressions as <c>variables.name</c>.</summary>
    public List<VariableDefinition>? Variables { get; set; }

    /// <summary>Declared inputs of the workflow, visible to expressions as <c>input.name</c>.</summary>
    public List<ParameterDefinition>? Inputs { get; set; }

    /// <summary>Declared outputs; at completion each takes the value of the variable of the same name.</summary>
    public List<ParameterDefinition>? Outputs { get; set; }

    /// <summary>Incident and commit strategies.</summary>
    public WorkflowOptions? Options { get; set; }

    /// <summary>The root flowchart.</summary>
    public Flowchart Root { get; set; } = new();

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A workflow variable: name, type name and default value.</summary>
public sealed class VariableDefinition
{
    /// <summary>Variable name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Type name, informative for the designer (e.g. <c>string</c>, <c>number</c>, <c>object</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Initial value.</summary>
    public JsonNode? Default { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A declared input or output of a workflow.</summary>
public sealed class ParameterDefinition
{
    /// <summary>Parameter name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Type name, informative.</summary>
    public string? Type { get; set; }

    /// <summary>Whether a start request must provide it (inputs only).</summary>
    public bool? Required { get; set; }

    /// <summary>Optional description.</summary>
    public string? Description { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Amsp.Workflows.Model;

/// <summary>A flowchart: activities and the connections between their outcome ports.</summary>
public sealed class Flowchart
{
    /// <summary>The activities (nodes).</summary>
    public List<ActivityNode> Activities { get; set; } = [];

    /// <summary>The connections (edges).</summary>
    public List<Connection> Connections { get; set; } = [];

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One activity in a flowchart.</summary>
public sealed class ActivityNode
{
    /// <summary>Identifier, unique within the flowchart.</summary>
    public string Id { get; set; } = "";

    /// <summary>Activity type name, as in the activity descriptor.</summary>
    public string Type { get; set; } = "";

    /// <summary>Activity type version. Default 1.</summary>
    public int? TypeVersion { get; set; }

    /// <summary>Label shown in the designer.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Inputs, by input name, as expressions.</summary>
    public Dictionary<string, Expression>? Inputs { get; set; }

    /// <summary>Designer metadata (position, size, ...); no effect at run time.</summary>
    public JsonObject? Designer { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A connection from an activity's outcome port to another activity.</summary>
public sealed class Connection
{
    /// <summary>Source activity and outcome.</summary>
    public SourceEndpoint Source { get; set; } = new();

    /// <summary>Target activity.</summary>
    public TargetEndpoint Target { get; set; } = new();

    /// <summary>Designer metadata (bend points, ...); no effect at run time.</summary>
    public JsonObject? Designer { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A stable key for the connection, <c>source:outcome-&gt;target</c>.</summary>
    [JsonIgnore]
    public string Key => $"{Source.Activity}:{Source.Outcome}->{Target.Activity}";
}

/// <summary>Source end of a connection.</summary>
public sealed class SourceEndpoint
{
    /// <summary>Source activity id.</summary>
    public string Activity { get; set; } = "";

    /// <summary>Outcome (port) name. Default <c>Done</c>.</summary>
    public string Outcome { get; set; } = "Done";

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Target end of a connection.</summary>
public sealed class TargetEndpoint
{
    /// <summary>Target activity id.</summary>
    public string Activity { get; set; } = "";

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

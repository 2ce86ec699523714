using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amsp.Workflows.Model;

/// <summary>The canonical JSON format of definitions and instance state.</summary>
public static class WorkflowJson
{
    /// <summary>Serializer options of the canonical format: camelCase, enums as strings, nulls omitted.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Serializes a definition to canonical JSON.</summary>
    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Parses a definition from JSON.</summary>
    /// <exception cref="JsonException">The text is not a valid definition.</exception>
    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options) ?? throw new JsonException("A workflow definition cannot be null.");

    /// <summary>A deep copy through the canonical format.</summary>
    public static WorkflowDefinition Clone(WorkflowDefinition definition) => Deserialize(Serialize(definition));
}

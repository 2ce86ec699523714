using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Model;

/// <summary>The canonical JSON format of definitions and instance state.</summary>
public static class WorkflowJson
{
    /// <summary>
    /// Serializer options of the canonical format: camelCase, enums as strings, nulls omitted. Metadata of the
    /// engine's own types is source-generated (no reflection warm-up at start); other types (custom activity
    /// inputs) fall back to reflection.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(WorkflowJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
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

/// <summary>Source-generated metadata for the engine's JSON types and common activity input types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkflowDefinition))]
[JsonSerializable(typeof(InstanceState))]
[JsonSerializable(typeof(IReadOnlyList<JournalEntry>))]
[JsonSerializable(typeof(List<JournalEntry>))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(TimeSpan))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(JoinMode))]
internal sealed partial class WorkflowJsonContext : JsonSerializerContext;

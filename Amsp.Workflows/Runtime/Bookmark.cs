using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Amsp.Workflows.Runtime;

/// <summary>A stored bookmark: a suspended activity waiting for a stimulus (or a due time).</summary>
public sealed class Bookmark
{
    /// <summary>Bookmark id; also the resume token.</summary>
    public required string Id { get; init; }

    /// <summary>Instance id.</summary>
    public required string InstanceId { get; init; }

    /// <summary>Suspended activity id.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Suspended execution id.</summary>
    public required string ExecutionId { get; init; }

    /// <summary>Stimulus name.</summary>
    public required string Name { get; init; }

    /// <summary>Correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Deterministic hash of name, correlation and discriminator; stimuli look bookmarks up by it.</summary>
    public required string Hash { get; init; }

    /// <summary>
    /// Roles whose members may deliver the stimulus that resumes this bookmark, as its activity named them; hosting
    /// enforces them (null or empty: no role beyond hosting's own operators).
    /// </summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Data kept for the activity.</summary>
    public JsonObject? Payload { get; init; }

    /// <summary>Due time for timers.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The deterministic hash: SHA-256 (hex) of the canonical JSON array <c>[name, correlationId, discriminator]</c>.
    /// Objects in the discriminator are written with sorted keys so equal payloads hash equally.
    /// </summary>
    public static string ComputeHash(string name, string? correlationId, JsonNode? discriminator)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(name);
            if (correlationId is null) writer.WriteNullValue(); else writer.WriteStringValue(correlationId);
            WriteCanonical(writer, discriminator);
            writer.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteCanonical(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteCanonical(writer, item);
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Amsp.Domain.Integration;

namespace Amsp.Host.Integration.Outbox;

public sealed record SchemaLink(string Type, string Version, string Url);

/// <summary>
/// The published contracts: one JSON Schema per event type and version, made from the very types the events are
/// written from, so schema and payload cannot drift. Anonymous on purpose: a contract is no secret, and an ERP team
/// reads it before it has credentials.
/// </summary>
public static class SchemasApi
{
    private const string Base = "/api/integration/schemas";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static void MapSchemasApi(this IEndpointRouteBuilder routes)
    {
        var schemas = routes.MapGroup(Base).WithTags("Integration").AllowAnonymous();
        schemas.MapGet("", (string? version) => version is null or EventTypes.V1
                ? Results.Ok(EventTypes.Contracts.Select(c => new SchemaLink(c.Type, EventTypes.V1, $"{Base}/{c.Type}/{EventTypes.V1}")).ToList())
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No contracts of version {version} are published."))
            .Produces<List<SchemaLink>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Anyone: the event types and versions whose JSON Schema is published (of one version, if given)");
        schemas.MapGet("/{type}/{version}", (string type, string version) =>
                version == EventTypes.V1 && EventTypes.Contracts.FirstOrDefault(c => c.Type == type) is { Data: not null } contract
                    ? Results.Text(Cache.GetOrAdd(type, _ => Schema(contract.Type, contract.Data)), "application/schema+json")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"No published contract {type}/{version}; GET {Base} lists them."))
            .WithSummary("Anyone: the JSON Schema (draft 2020-12) of one event type's envelope and data")
            .Produces(StatusCodes.Status200OK, contentType: "application/schema+json").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static string Schema(string type, Type data)
    {
        var options = new JsonSerializerOptions(EventTypes.Json) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(EventEnvelope<>).MakeGenericType(data),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{Base}/{type}/{EventTypes.V1}",
            ["title"] = $"{type} {EventTypes.V1}",
        };
        foreach (var (key, value) in node.AsObject().ToList())
        {
            node.AsObject().Remove(key);
            schema[key] = value;
        }
        // The type and version are fixed for this contract.
        if (schema["properties"] is JsonObject properties)
        {
            properties["type"] = new JsonObject { ["const"] = type };
            properties["version"] = new JsonObject { ["const"] = EventTypes.V1 };
        }
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Host.Workflows.Http;

/// <summary>
/// The HTTP endpoints of the published versions, by route: filled from the store at start and kept current by
/// publish and retract on this node.
/// </summary>
internal sealed partial class HttpRoutes(IWorkflowDefinitionStore store, ILogger<HttpRoutes> logger) : IWorkflowPublicationListener
{
    /// <summary>An endpoint: the published version that serves it (so a request starts it without looking it up).</summary>
    public sealed record Route(string DefinitionId, string VersionId, string ActivityId, IReadOnlySet<string> Methods, bool AllowAnonymous);

    private readonly ConcurrentDictionary<string, Route> byPath = new(StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string path) => path.Trim().Trim('/');

    public Route? Find(string path) => byPath.GetValueOrDefault(Normalize(path));

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var published in await store.ListPublishedAsync(cancellationToken))
        {
            await PublishedAsync(published, cancellationToken);
        }
    }

    public Task PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        Remove(definition.DefinitionId);
        foreach (var (path, route) in Read(definition))
        {
            if (byPath.TryGetValue(path, out var other) && other.DefinitionId != definition.DefinitionId)
            {
                LogTaken(logger, path, definition.DefinitionId, other.DefinitionId);
            }
            byPath[path] = route;
        }
        return Task.CompletedTask;
    }

    public Task RetractedAsync(string definitionId, CancellationToken cancellationToken)
    {
        Remove(definitionId);
        return Task.CompletedTask;
    }

    /// <summary>The endpoints of a definition, by normalized path.</summary>
    public static IEnumerable<(string Path, Route Route)> Read(WorkflowDefinition definition) =>
        definition.Root.Activities.Where(a => a.Type == "HttpEndpoint").Select(a =>
        {
            var path = Normalize(a.Literal("Path")?.ToString() ?? "");
            var methods = a.Literal("Methods") is JsonArray list
                ? list.Select(m => m?.ToString().ToUpperInvariant() ?? "").ToHashSet(StringComparer.Ordinal)
                : ["POST"];
            var anonymous = a.Literal("AllowAnonymous") is JsonValue v && v.TryGetValue<bool>(out var b) && b;
            return (path, new Route(definition.DefinitionId, definition.Id, a.Id, methods, anonymous));
        });


    private void Remove(string definitionId)
    {
        foreach (var (path, route) in byPath)
        {
            if (route.DefinitionId == definitionId)
            {
                byPath.TryRemove(path, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Route /workflows/{Path} of {DefinitionId} replaces the one of {Other}")]
    private static partial void LogTaken(ILogger logger, string path, string definitionId, string other);
}

using System.Collections.Concurrent;
using Amsp.Host.Workflows.Http;
using Amsp.Host.Workflows.Triggers;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows;

/// <summary>How often a node looks for publications made elsewhere. Bound from <c>Amsp:Workflows</c>.</summary>
public sealed class PublicationRefreshOptions
{
    /// <summary>
    /// Interval between looks at the published versions in the database (one small header query). Default 5 seconds:
    /// a version published on another node, or imported with <c>amsp workflows import</c> while this node runs, serves
    /// its HTTP routes here within that time. Zero turns the refresh off.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Keeps this node's view of the published versions current when they change outside it. Publishing through this
/// node notifies its listeners directly; this service finds what another process published or retracted and tells
/// the node-local listeners: the HTTP routes always, and the trigger scheduler when Quartz's store is in memory (a
/// clustered store is shared, and the publishing node has already moved the triggers there).
/// </summary>
internal sealed partial class PublicationRefresh(
    IWorkflowDefinitionStore store, HttpRoutes routes, TriggerScheduler triggers, IOptions<PublicationRefreshOptions> options,
    TimeProvider clock, ILogger<PublicationRefresh> logger, bool sharedJobStore) : BackgroundService, IWorkflowPublicationListener
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Takes the published versions as they are now as known (at start, once routes and triggers are loaded).</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (definitionId, versionId) in await store.ListPublishedIdsAsync(cancellationToken)) _seen[definitionId] = versionId;
    }

    /// <summary>Compares the published versions in the database with the ones this node knows, and applies the difference.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var changes = 0;
            var current = await store.ListPublishedIdsAsync(cancellationToken);
            foreach (var (definitionId, versionId) in current)
            {
                if (_seen.TryGetValue(definitionId, out var known) && known == versionId) continue;
                if (await store.FindByIdAsync(versionId, cancellationToken) is not { } definition) continue;
                foreach (var listener in Listeners) await listener.PublishedAsync(definition, cancellationToken);
                _seen[definitionId] = versionId;
                LogPublished(logger, definitionId, definition.Version);
                changes++;
            }
            foreach (var definitionId in _seen.Keys.Where(id => !current.ContainsKey(id)).ToList())
            {
                foreach (var listener in Listeners) await listener.RetractedAsync(definitionId, cancellationToken);
                _seen.TryRemove(definitionId, out _);
                LogRetracted(logger, definitionId);
                changes++;
            }
            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After each refresh on the interval, with the number of changes applied.</summary>
    internal event Action<int>? Refreshed;

    private IEnumerable<IWorkflowPublicationListener> Listeners => sharedJobStore ? [routes] : [routes, triggers];

    async Task IWorkflowPublicationListener.PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        _seen[definition.DefinitionId] = definition.Id;
        _gate.Release();
    }

    async Task IWorkflowPublicationListener.RetractedAsync(string definitionId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        _seen.TryRemove(definitionId, out _);
        _gate.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                Refreshed?.Invoke(await RefreshAsync(stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unreachable: the next tick tries again.
                LogFailed(logger, ex);
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {DefinitionId} v{Version} was published elsewhere; its routes and triggers now serve here")]
    private static partial void LogPublished(ILogger logger, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {DefinitionId} was retracted elsewhere; its routes and triggers are removed here")]
    private static partial void LogRetracted(ILogger logger, string definitionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for workflow publications made elsewhere failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using Amsp.Workflows.Model;

namespace Amsp.Workflows.Persistence.InMemory;

/// <summary>Definition store in memory (default; tests and single-process use). Stores canonical JSON copies.</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _json = [];
    private readonly Dictionary<string, (string DefinitionId, int Version, bool IsLatest, bool IsPublished)> _headers = [];
    private readonly HashSet<string> _everPublished = [];
    private readonly Dictionary<string, string> _published = [];

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_json.TryGetValue(id, out var json) ? WorkflowJson.Deserialize(json) : null);
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        FindWhere(h => h.DefinitionId == definitionId && h.Version == version);

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        FindWhere(h => h.DefinitionId == definitionId && h.IsPublished);

    /// <inheritdoc />
    public Task<string?> FindPublishedIdAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_published.GetValueOrDefault(definitionId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ListPublishedIdsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(_published, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default) =>
        FindWhere(h => h.DefinitionId == definitionId && h.IsLatest);

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        ListWhere(h => h.DefinitionId == definitionId);

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default) =>
        ListWhere(h => h.IsLatest);

    /// <inheritdoc />
    public Task<bool> WasPublishedAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_everPublished.Contains(id));
    }

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, IReadOnlyCollection<string> published, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var v in versions)
            {
                _json[v.Id] = WorkflowJson.Serialize(v);
                _headers[v.Id] = (v.DefinitionId, v.Version, v.IsLatest, v.IsPublished);
                if (v.IsPublished) _published[v.DefinitionId] = v.Id;
                else if (_published.GetValueOrDefault(v.DefinitionId) == v.Id) _published.Remove(v.DefinitionId);
            }
            _everPublished.UnionWith(published);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _json.Remove(id);
            _headers.Remove(id);
        }
        return Task.CompletedTask;
    }

    private Task<WorkflowDefinition?> FindWhere(Func<(string DefinitionId, int Version, bool IsLatest, bool IsPublished), bool> predicate)
    {
        lock (_gate)
        {
            var id = _headers.Where(h => predicate(h.Value)).Select(h => h.Key).FirstOrDefault();
            return Task.FromResult(id is null ? null : WorkflowJson.Deserialize(_json[id]));
        }
    }

    private Task<IReadOnlyList<WorkflowDefinition>> ListWhere(Func<(string DefinitionId, int Version, bool IsLatest, bool IsPublished), bool> predicate)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkflowDefinition> list = [.. _headers.Where(h => predicate(h.Value))
                .OrderBy(h => h.Value.DefinitionId, StringComparer.Ordinal).ThenBy(h => h.Value.Version)
                .Select(h => WorkflowJson.Deserialize(_json[h.Key]))];
            return Task.FromResult(list);
        }
    }
}

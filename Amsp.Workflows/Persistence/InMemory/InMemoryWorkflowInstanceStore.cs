using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Persistence.InMemory;

/// <summary>Instance store in memory (default). Keeps serialized copies, checks versions like the database does.</summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InstanceSnapshot> _instances = [];
    private readonly Dictionary<string, Bookmark> _bookmarks = [];
    private readonly Dictionary<string, List<string>> _bookmarksByHash = [];
    private readonly Dictionary<string, List<JournalEntry>> _journal = [];
    private readonly Dictionary<string, List<Incident>> _incidents = [];

    /// <inheritdoc />
    public Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken = default)
    {
        var instance = commit.Instance;
        lock (_gate)
        {
            var exists = _instances.TryGetValue(instance.Id, out var current);
            if (commit.IsNew ? exists : !exists || current!.Header.Version != instance.Version)
            {
                throw new ConcurrencyConflictException($"Workflow instance '{instance.Id}' was changed by another commit.");
            }
            instance.Version++;
            _instances[instance.Id] = InstanceSnapshot.From(instance);
            foreach (var id in commit.RemovedBookmarkIds)
            {
                if (_bookmarks.Remove(id, out var removed) && _bookmarksByHash.TryGetValue(removed.Hash, out var ids))
                {
                    ids.Remove(id);
                    if (ids.Count == 0) _bookmarksByHash.Remove(removed.Hash);
                }
            }
            foreach (var bookmark in commit.AddedBookmarks)
            {
                _bookmarks[bookmark.Id] = bookmark;
                if (!_bookmarksByHash.TryGetValue(bookmark.Hash, out var ids)) _bookmarksByHash[bookmark.Hash] = ids = [];
                ids.Add(bookmark.Id);
            }
            if (commit.Journal.Count > 0) Append(_journal, instance.Id, commit.Journal);
            if (commit.Incidents.Count > 0) Append(_incidents, instance.Id, commit.Incidents);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_instances.TryGetValue(instanceId, out var s) ? s.ToInstance() : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkflowInstance> list = [.. _instances.Values.Select(s => s.Header)
                .Where(h => (query.DefinitionId is null || h.DefinitionId == query.DefinitionId)
                    && (query.DefinitionVersion is null || h.DefinitionVersion == query.DefinitionVersion)
                    && (query.Status is null || h.Status == query.Status)
                    && (query.CorrelationId is null || h.CorrelationId == query.CorrelationId)
                    && (query.ParentInstanceId is null || h.ParentInstanceId == query.ParentInstanceId)
                    && (query.CreatedFrom is null || h.CreatedAt >= query.CreatedFrom)
                    && (query.CreatedTo is null || h.CreatedAt < query.CreatedTo)
                    && (query.Before is not { } before || h.CreatedAt < before.CreatedAt
                        || (h.CreatedAt == before.CreatedAt && string.CompareOrdinal(h.Id, before.Id) < 0)))
                .OrderByDescending(h => h.CreatedAt).ThenByDescending(h => h.Id, StringComparer.Ordinal)
                .Skip(query.Skip).Take(query.Take)
                .Select(h => _instances[h.Id].ToInstance())];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var snapshot))
            {
                throw new KeyNotFoundException($"Workflow instance '{instanceId}' does not exist.");
            }
            if (!InstanceQuery.IsDeletable(snapshot.Header.Status))
            {
                throw new InvalidOperationException($"Workflow instance '{instanceId}' is {snapshot.Header.Status}; only finished, faulted or cancelled instances can be deleted.");
            }
            _instances.Remove(instanceId);
            foreach (var bookmark in _bookmarks.Values.Where(b => b.InstanceId == instanceId).ToList())
            {
                _bookmarks.Remove(bookmark.Id);
                if (_bookmarksByHash.TryGetValue(bookmark.Hash, out var ids))
                {
                    ids.Remove(bookmark.Id);
                    if (ids.Count == 0) _bookmarksByHash.Remove(bookmark.Hash);
                }
            }
            _journal.Remove(instanceId);
            _incidents.Remove(instanceId);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> HasActiveInstancesAsync(string definitionVersionId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.Values.Any(s => s.Header.DefinitionVersionId == definitionVersionId
                && s.Header.Status is WorkflowStatus.Running or WorkflowStatus.Suspended));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> list = _bookmarksByHash.TryGetValue(hash, out var ids) ? [.. ids.Select(id => _bookmarks[id])] : [];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> list = [.. _bookmarks.Values.Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt)];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> list = [.. _bookmarks.Values.Where(b => b.DueAt <= dueBy
                && _instances.TryGetValue(b.InstanceId, out var owner) && owner.Header.Status is WorkflowStatus.Running or WorkflowStatus.Suspended).OrderBy(b => b.DueAt).Take(limit)];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<JournalEntry> list = _journal.TryGetValue(instanceId, out var entries) ? [.. entries] : [];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<JournalEntry> list = _journal.TryGetValue(instanceId, out var entries)
                ? [.. entries.Where(e => e.Sequence > afterSequence).Take(limit)]
                : [];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ReadLastJournalAsync(string instanceId, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<JournalEntry> list = _journal.TryGetValue(instanceId, out var entries) ? [.. entries.TakeLast(limit)] : [];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<int> CountDescendantsAsync(string rootInstanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_instances.Values.Count(s => s.Header.RootInstanceId == rootInstanceId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Incident> list = _incidents.TryGetValue(instanceId, out var entries) ? [.. entries] : [];
            return Task.FromResult(list);
        }
    }

    private static void Append<T>(Dictionary<string, List<T>> map, string instanceId, IReadOnlyList<T> items)
    {
        if (!map.TryGetValue(instanceId, out var list)) map[instanceId] = list = [];
        list.AddRange(items);
    }
}

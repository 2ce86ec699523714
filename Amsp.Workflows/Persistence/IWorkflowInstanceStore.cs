using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Persistence;

/// <summary>
/// Stores instances together with their bookmarks, journal and incidents. These are written by one
/// atomic <see cref="CommitAsync"/> so that a crash never leaves a bookmark without its instance state.
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Commits an instance and its changes atomically, checking and incrementing its version.</summary>
    /// <exception cref="ConcurrencyConflictException">Another commit changed the instance since it was loaded.</exception>
    Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken = default);

    /// <summary>An instance by id, or null.</summary>
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Instances matching a filter, newest first (by <see cref="WorkflowInstance.CreatedAt"/>, then by id, both
    /// descending), skipping <see cref="InstanceQuery.Skip"/> and returning at most <see cref="InstanceQuery.Take"/>.
    /// </summary>
    Task<IReadOnlyList<WorkflowInstance>> QueryAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a finished, faulted or cancelled instance with its bookmarks, journal and incidents, in one transaction.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown instance.</exception>
    /// <exception cref="InvalidOperationException">The instance is running or suspended.</exception>
    Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Whether a definition version has instances that are not finished, faulted or cancelled.</summary>
    Task<bool> HasActiveInstancesAsync(string definitionVersionId, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks with a hash.</summary>
    Task<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>A bookmark by id (resume token), or null.</summary>
    Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks of an instance.</summary>
    Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Timer bookmarks due at or before a time, earliest first, of instances that can resume (running or suspended).</summary>
    Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default);

    /// <summary>The journal of an instance as stored in the journal table, in order (every entry: mind its size).</summary>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>At most <paramref name="limit"/> stored journal entries of an instance whose sequence is above <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>The last <paramref name="limit"/> stored journal entries of an instance, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadLastJournalAsync(string instanceId, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many instances have <paramref name="rootInstanceId"/> as their <see cref="WorkflowInstance.RootInstanceId"/>.</summary>
    Task<int> CountDescendantsAsync(string rootInstanceId, CancellationToken cancellationToken = default);

    /// <summary>Incidents of an instance, in order.</summary>
    Task<IReadOnlyList<Incident>> ListIncidentsAsync(string instanceId, CancellationToken cancellationToken = default);
}

/// <summary>An atomic commit of one instance.</summary>
public sealed class InstanceCommit
{
    /// <summary>The instance; its <see cref="WorkflowInstance.Version"/> is the version it was loaded at (0 if new).</summary>
    public required WorkflowInstance Instance { get; init; }

    /// <summary>Whether the instance is inserted rather than updated.</summary>
    public required bool IsNew { get; init; }

    /// <summary>Bookmarks created.</summary>
    public IReadOnlyList<Bookmark> AddedBookmarks { get; init; } = [];

    /// <summary>Ids of bookmarks removed.</summary>
    public IReadOnlyList<string> RemovedBookmarkIds { get; init; } = [];

    /// <summary>Journal entries appended.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];

    /// <summary>Incidents recorded.</summary>
    public IReadOnlyList<Incident> Incidents { get; init; } = [];
}

/// <summary>Filter for <see cref="IWorkflowInstanceStore.QueryAsync"/>.</summary>
public sealed record InstanceQuery
{
    /// <summary>Definition id.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Definition version number (with <see cref="DefinitionId"/>).</summary>
    public int? DefinitionVersion { get; init; }

    /// <summary>Status.</summary>
    public WorkflowStatus? Status { get; init; }

    /// <summary>Correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Parent instance (children started by RunWorkflow).</summary>
    public string? ParentInstanceId { get; init; }

    /// <summary>Created at or after this time (inclusive).</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created before this time (exclusive).</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Only instances after this one in the newest-first order (keyset paging); null: from the newest.</summary>
    public InstanceCursor? Before { get; init; }

    /// <summary>Rows skipped, in the newest-first order. Default 0.</summary>
    public int Skip { get; init; }

    /// <summary>
    /// Maximum rows. Default 100. A caller that pages asks for one row more than it shows to learn whether
    /// there is a next page, which keeps the query a seek on the indexes instead of a count of every match.
    /// </summary>
    public int Take { get; init; } = 100;

    /// <summary>Whether an instance in this status can be deleted: it has ended and will not run again by itself.</summary>
    public static bool IsDeletable(WorkflowStatus status) =>
        status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled;
}

/// <summary>A position in the newest-first order of instances: the creation time and id of the last instance seen.</summary>
/// <param name="CreatedAt">Its creation time.</param>
/// <param name="Id">Its id (breaks ties of creation time).</param>
public sealed record InstanceCursor(DateTimeOffset CreatedAt, string Id);

/// <summary>A commit lost an optimistic concurrency race; the caller re-evaluates from fresh state.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException() : base("The workflow instance was changed by another commit.") { }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException) { }
}

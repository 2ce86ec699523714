namespace Amsp.Workflows.Persistence.EntityFramework;

// Row shapes of the engine's tables. Times are UTC ticks (long): orderable and comparable on every
// provider, SQLite included. JSON is plain text. Enums are integers.

/// <summary>Row of <c>WorkflowDefinitions</c>.</summary>
public sealed class WorkflowDefinitionRecord
{
    /// <summary>Version id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Definition id.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>Version number.</summary>
    public int Version { get; set; }

    /// <summary>Latest flag.</summary>
    public bool IsLatest { get; set; }

    /// <summary>Published flag.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Whether ever published (content frozen).</summary>
    public bool WasPublished { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Canonical JSON of the version.</summary>
    public string Json { get; set; } = "";
}

/// <summary>Row of <c>WorkflowInstances</c>.</summary>
public sealed class WorkflowInstanceRecord
{
    /// <summary>Instance id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Definition id.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>Pinned version id.</summary>
    public string DefinitionVersionId { get; set; } = "";

    /// <summary>Pinned version number.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Status (<see cref="Runtime.WorkflowStatus"/>).</summary>
    public int Status { get; set; }

    /// <summary>Correlation id.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Parent instance id.</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>The trigger activity that started the instance.</summary>
    public string? TriggerActivityId { get; set; }

    /// <summary>The time a schedule meant the start for, UTC ticks; unique per definition and trigger.</summary>
    public long? ScheduledAt { get; set; }
    /// <summary>Root of the RunWorkflow tree; null for a root (so a root's row costs its index nothing).</summary>
    public string? RootInstanceId { get; set; }

    /// <summary>Created, UTC ticks.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Updated, UTC ticks.</summary>
    public long UpdatedAt { get; set; }

    /// <summary>Finished, UTC ticks.</summary>
    public long? FinishedAt { get; set; }

    /// <summary>Incident count.</summary>
    public int IncidentCount { get; set; }

    /// <summary>State JSON.</summary>
    public string StateJson { get; set; } = "";

    /// <summary>Optimistic concurrency version, incremented by each commit.</summary>
    public int Version { get; set; }
}

/// <summary>Row of <c>Bookmarks</c>.</summary>
public sealed class BookmarkRecord
{
    /// <summary>Bookmark id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Instance id.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>Activity id.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>Execution id.</summary>
    public string ExecutionId { get; set; } = "";

    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Correlation id.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>SHA-256 hex hash.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Payload JSON.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>Roles that may resume it, comma-separated; null for none.</summary>
    public string? Roles { get; set; }

    /// <summary>Due, UTC ticks.</summary>
    public long? DueAt { get; set; }

    /// <summary>Created, UTC ticks.</summary>
    public long CreatedAt { get; set; }
}

/// <summary>
/// Row of <c>WorkflowJournal</c>: the entries one commit appended, as JSON (<see cref="JournalSegments"/>). One row per commit
/// instead of one per entry keeps a 10-activity run at one journal insert; the viewer reads per instance.
/// </summary>
public sealed class JournalRecord
{
    /// <summary>Instance id.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>Sequence of the first entry in the chunk.</summary>
    public long Sequence { get; set; }

    /// <summary>Sequence of the last entry in the chunk.</summary>
    public long LastSequence { get; set; }

    /// <summary>Time of the first entry, UTC ticks.</summary>
    public long Timestamp { get; set; }

    /// <summary>The entries, in the compact JSON form of <see cref="JournalSegments"/> (or, in rows written before it, a JSON array of full entries).</summary>
    public string EntriesJson { get; set; } = "";
}

/// <summary>Row of <c>Incidents</c>.</summary>
public sealed class IncidentRecord
{
    /// <summary>Incident id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Instance id.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>Activity id.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>Execution id.</summary>
    public string ExecutionId { get; set; } = "";

    /// <summary>Attempt.</summary>
    public int Attempt { get; set; }

    /// <summary>Error type.</summary>
    public string ErrorType { get; set; } = "";

    /// <summary>Message.</summary>
    public string Message { get; set; } = "";

    /// <summary>Details.</summary>
    public string? Details { get; set; }

    /// <summary>UTC ticks.</summary>
    public long Timestamp { get; set; }

    /// <summary>Resolution.</summary>
    public string Resolution { get; set; } = "";
}

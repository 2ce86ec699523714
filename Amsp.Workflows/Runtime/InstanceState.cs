using System.Text.Json.Nodes;

namespace Amsp.Workflows.Runtime;

/// <summary>The mutable state of an instance, persisted as JSON with the instance.</summary>
public sealed class InstanceState
{
    /// <summary>Workflow input.</summary>
    public JsonObject Input { get; set; } = [];

    /// <summary>Variables by name.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>Workflow output, set at completion.</summary>
    public JsonObject Output { get; set; } = [];

    /// <summary>Outputs of executed activities: <c>{ activityId: { name: value } }</c>.</summary>
    public JsonObject Outputs { get; set; } = [];

    /// <summary>Private state of activities that need it, by activity id.</summary>
    public JsonObject ActivityState { get; set; } = [];

    /// <summary>Ready work, in order. Each item carries its execution id before it runs (idempotency key).</summary>
    public List<WorkItem> Queue { get; set; } = [];

    /// <summary>Bookmarks the instance waits on.</summary>
    public List<BookmarkRef> Bookmarks { get; set; } = [];

    /// <summary>Joins' arrived inbound connections, by join activity id.</summary>
    public Dictionary<string, List<string>> Joins { get; set; } = [];

    /// <summary>Work that faulted, kept for an operator retry.</summary>
    public List<WorkItem> Faulted { get; set; } = [];

    /// <summary>Work set aside when a burst ran past its execution budget; resuming the pause bookmark runs it again.</summary>
    public List<WorkItem>? Paused { get; set; }

    /// <summary>Definition ids of the instances that started this one through RunWorkflow, root first; null for a root.</summary>
    public List<string>? Ancestors { get; set; }

    /// <summary>Next journal sequence number.</summary>
    public long JournalSequence { get; set; }

    /// <summary>The journal past its head (see <see cref="JournalOverflow"/>); null while every entry is stored in full.</summary>
    public JournalOverflow? JournalOverflow { get; set; }
}

/// <summary>A unit of ready work: one activity execution (or its resumption).</summary>
public sealed class WorkItem
{
    /// <summary>Stable execution id, the idempotency key of the execution (same across retries and resumption).</summary>
    public string ExecutionId { get; set; } = "";

    /// <summary>The activity to run.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>1 for the first attempt.</summary>
    public int Attempt { get; set; } = 1;

    /// <summary>The connection that scheduled it (joins use it).</summary>
    public string? Via { get; set; }

    /// <summary>Whether this resumes a suspended execution.</summary>
    public bool Resume { get; set; }

    /// <summary>Payload of the stimulus that resumed it.</summary>
    public JsonObject? ResumePayload { get; set; }
}

/// <summary>A bookmark as seen from the instance state.</summary>
public sealed class BookmarkRef
{
    /// <summary>Bookmark id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The suspended activity.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>The suspended execution.</summary>
    public string ExecutionId { get; set; } = "";

    /// <summary>Attempt of the execution.</summary>
    public int Attempt { get; set; } = 1;

    /// <summary>Whether it is the engine's retry timer rather than the activity's own bookmark.</summary>
    public bool IsRetry { get; set; }

    /// <summary>Whether it has a due time.</summary>
    public bool IsTimer { get; set; }

    /// <summary>Whether it holds a burst that ran past its execution budget (its work is in <see cref="InstanceState.Paused"/>).</summary>
    public bool IsPause { get; set; }
}

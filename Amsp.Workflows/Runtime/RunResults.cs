using System.Text.Json.Nodes;

namespace Amsp.Workflows.Runtime;

/// <summary>Options of a start.</summary>
public sealed record StartWorkflowOptions
{
    /// <summary>Workflow input.</summary>
    public JsonObject? Input { get; init; }

    /// <summary>Correlation id (business key).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Instance id to use; a start with an id that exists returns the existing instance (idempotent start).</summary>
    public string? InstanceId { get; init; }

    /// <summary>
    /// The trigger activity that started this instance (a cron trigger, an HTTP endpoint); execution begins there.
    /// Null: at the Start activity, or at the only trigger of a flowchart without Start.
    /// </summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>
    /// The time a schedule meant this start for (a cron point, an interval's fire, an instant), with
    /// <see cref="TriggerActivityId"/>. Such a start is idempotent on (definition, trigger activity, scheduled time): the
    /// instance id is derived from the three (<see cref="WorkflowRuntime.ScheduledInstanceId"/>), so a second start of the
    /// same point (a retry, a recovery after a crash, another node) returns the instance the first one started, and the
    /// database holds one row per point. The instance records the time.
    /// </summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    internal string? ParentInstanceId { get; init; }
}

/// <summary>The state of an instance after a run.</summary>
/// <param name="InstanceId">Instance id.</param>
/// <param name="Status">Status after the run.</param>
/// <param name="Output">Workflow output (set when finished).</param>
/// <param name="BookmarkIds">Bookmarks the instance waits on.</param>
/// <param name="IncidentCount">Incidents recorded so far.</param>
public sealed record WorkflowRunResult(string InstanceId, WorkflowStatus Status, JsonObject Output, IReadOnlyList<string> BookmarkIds, int IncidentCount);

/// <summary>A stimulus: resumes every bookmark with the same name, correlation id and discriminator.</summary>
/// <param name="Name">Bookmark name (e.g. a signal name).</param>
/// <param name="CorrelationId">Correlation id.</param>
/// <param name="Discriminator">Extra key, part of the bookmark hash.</param>
/// <param name="Payload">Data handed to the resumed activities.</param>
public sealed record Stimulus(string Name, string? CorrelationId = null, JsonNode? Discriminator = null, JsonObject? Payload = null);

/// <summary>What a stimulus resumed.</summary>
/// <param name="Resumed">One entry per resumed bookmark.</param>
public sealed record StimulusResult(IReadOnlyList<ResumedBookmark> Resumed)
{
    /// <summary>Bookmarks the stimulus matched but was not admitted to resume (see <c>TriggerAsync</c>'s <c>admit</c>).</summary>
    public IReadOnlyList<Bookmark> Refused { get; init; } = [];
}

/// <summary>A bookmark a stimulus resumed.</summary>
/// <param name="InstanceId">Instance id.</param>
/// <param name="BookmarkId">Bookmark id.</param>
/// <param name="Status">Instance status after the run.</param>
public sealed record ResumedBookmark(string InstanceId, string BookmarkId, WorkflowStatus Status);

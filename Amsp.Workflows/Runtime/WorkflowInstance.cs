namespace Amsp.Workflows.Runtime;

/// <summary>Status of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>Executing, or has ready work (e.g. after a crash, until recovered).</summary>
    Running,

    /// <summary>Waiting on one or more bookmarks.</summary>
    Suspended,

    /// <summary>Completed: no path left.</summary>
    Finished,

    /// <summary>An incident faulted it; an operator can retry.</summary>
    Faulted,

    /// <summary>Cancelled.</summary>
    Cancelled,
}

/// <summary>A workflow instance as stored: header columns plus its state as JSON.</summary>
public sealed class WorkflowInstance
{
    /// <summary>Instance id.</summary>
    public required string Id { get; init; }

    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The exact definition version id the instance is pinned to.</summary>
    public required string DefinitionVersionId { get; init; }

    /// <summary>The definition version number.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Status.</summary>
    public WorkflowStatus Status { get; set; }

    /// <summary>Correlation id given at start (e.g. a business key).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Parent instance for children started by RunWorkflow.</summary>
    public string? ParentInstanceId { get; init; }

    /// <summary>The trigger activity that started the instance (a cron trigger, an HTTP endpoint), or null.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>The time a schedule meant this start for (see <see cref="StartWorkflowOptions.ScheduledAt"/>), or null.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }
    /// <summary>The root of the RunWorkflow tree this instance belongs to; null for a root.</summary>
    public string? RootInstanceId { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last commit time.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Completion, fault or cancellation time.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Number of incidents recorded.</summary>
    public int IncidentCount { get; set; }

    /// <summary>Variables, outputs, pending work, join state, as JSON.</summary>
    public required InstanceState State { get; set; }

    /// <summary>Optimistic concurrency version: incremented by each commit.</summary>
    public int Version { get; set; }
}

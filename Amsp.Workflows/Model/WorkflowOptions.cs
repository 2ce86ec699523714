using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amsp.Workflows.Model;

/// <summary>Per-definition run-time options.</summary>
public sealed class WorkflowOptions
{
    /// <summary>What to do when an activity throws. Default: fault the instance.</summary>
    public IncidentStrategy? IncidentStrategy { get; set; }

    /// <summary>When instance state is committed. Default: <see cref="CommitStrategy.OnSuspendOrEnd"/>.</summary>
    public CommitStrategy? CommitStrategy { get; set; }

    /// <summary>This definition's execution budget per burst; default: the engine's limits.</summary>
    public ExecutionBudget? ExecutionBudget { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>
/// A definition's own execution budget: what one burst (a start, resume, retry or continuation) of an instance may
/// execute before it stops, and what happens then.
/// </summary>
public sealed class ExecutionBudget
{
    /// <summary>Activities per burst; at most the engine's <c>Limits.MaxActivitiesPerBurst</c>, which is the default.</summary>
    public int? MaxActivities { get; set; }

    /// <summary>Wall time per burst; at most the engine's <c>Limits.MaxBurstDuration</c>, which is the default.</summary>
    public TimeSpan? MaxDuration { get; set; }

    /// <summary>
    /// What a burst past its budget does. False (default): the instance is committed and suspended with an incident
    /// (an operator resumes or cancels it). True: it is committed and continues in the background, one budget at a time.
    /// </summary>
    public bool? AllowLongLoops { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>How an activity that throws is handled.</summary>
public enum IncidentMode
{
    /// <summary>Record the incident and fault the instance; an operator can retry later.</summary>
    Fault,

    /// <summary>Retry with backoff (durable timer), then fault when attempts are exhausted.</summary>
    Retry,

    /// <summary>Record the incident, drop the failing branch and continue the others.</summary>
    Continue,
}

/// <summary>Incident strategy of a definition.</summary>
public sealed class IncidentStrategy
{
    /// <summary>The mode.</summary>
    public IncidentMode Mode { get; set; } = IncidentMode.Fault;

    /// <summary>Retry mode: maximum number of retries after the first failure.</summary>
    public int? Attempts { get; set; }

    /// <summary>Retry mode: base delay; doubles at each attempt (exponential backoff).</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>Retry mode: whether to add jitter to the delay.</summary>
    public bool? Jitter { get; set; }

    /// <summary>Properties the engine does not know, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>When the runtime commits instance state to the store.</summary>
public enum CommitStrategy
{
    /// <summary>At suspension, completion, fault and cancellation.</summary>
    OnSuspendOrEnd,

    /// <summary>Additionally after every activity execution (more durable, slower).</summary>
    PerActivity,
}

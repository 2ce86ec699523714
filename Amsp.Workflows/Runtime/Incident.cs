namespace Amsp.Workflows.Runtime;

/// <summary>An activity that threw, recorded with the instance.</summary>
public sealed class Incident
{
    /// <summary>Incident id.</summary>
    public required string Id { get; init; }

    /// <summary>Instance id.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The activity that threw.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The execution id.</summary>
    public required string ExecutionId { get; init; }

    /// <summary>Attempt number, from 1.</summary>
    public required int Attempt { get; init; }

    /// <summary>Exception type name.</summary>
    public required string ErrorType { get; init; }

    /// <summary>Error message.</summary>
    public required string Message { get; init; }

    /// <summary>Stack trace or details, if any.</summary>
    public string? Details { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>What the strategy did: Faulted, RetryScheduled, Continued.</summary>
    public required string Resolution { get; init; }
}

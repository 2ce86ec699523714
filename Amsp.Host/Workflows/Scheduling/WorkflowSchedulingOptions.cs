using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>How Quartz fires the platform's timers and triggers (<c>Amsp:Workflows:Scheduling</c>).</summary>
public sealed class WorkflowSchedulingOptions
{
    public const string Section = "Amsp:Workflows:Scheduling";

    /// <summary>
    /// How late a point may fire and still fire as itself. Default 60 seconds. Points of a trigger later than this (no
    /// node could fire them: the platform was down) collapse into one start as soon as a node can fire again.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// PostgreSQL and SQL Server: how often a node records in the database that it is alive. Default 7.5 seconds. A node
    /// silent for this plus <see cref="ClusterCheckinMisfireThreshold"/> is taken for dead, and the fires it held are
    /// run by the others; keep the sum well below <see cref="MisfireThreshold"/>, so that they fire as themselves.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromMilliseconds(7500);

    /// <summary>PostgreSQL and SQL Server: how long past a missed check-in a node is taken for dead. Default 7.5 seconds.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromMilliseconds(7500);

    /// <summary>
    /// How far ahead a node claims the next fire, and the longest its scheduler sleeps before looking at the clock again.
    /// Default 30 seconds; at least one second.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class WorkflowSchedulingOptionsValidator : IValidateOptions<WorkflowSchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowSchedulingOptions options)
    {
        var errors = new List<string>();
        if (options.MisfireThreshold <= TimeSpan.Zero) errors.Add($"{WorkflowSchedulingOptions.Section}:MisfireThreshold must be positive.");
        if (options.ClusterCheckinInterval <= TimeSpan.Zero) errors.Add($"{WorkflowSchedulingOptions.Section}:ClusterCheckinInterval must be positive.");
        if (options.ClusterCheckinMisfireThreshold <= TimeSpan.Zero)
        {
            errors.Add($"{WorkflowSchedulingOptions.Section}:ClusterCheckinMisfireThreshold must be positive.");
        }
        if (options.IdleWaitTime < TimeSpan.FromSeconds(1)) errors.Add($"{WorkflowSchedulingOptions.Section}:IdleWaitTime must be at least one second.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

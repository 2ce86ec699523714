using System.Reflection;
using Amsp.Workflows.Expressions;

namespace Amsp.Workflows.Options;

/// <summary>Options of the workflow engine, validated once at registration.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>Assemblies scanned for activity classes, besides the engine's own built-ins. Default: none.</summary>
    public List<Assembly> ActivityAssemblies { get; } = [];

    /// <summary>JavaScript sandbox limits. Defaults: 2 s, 1,000,000 statements, 16 MiB, depth 64.</summary>
    public JavaScriptOptions JavaScript { get; } = new();

    /// <summary>What one workflow may cost: execution budget, nesting, fan-out, sizes, journal (see <see cref="WorkflowLimits"/>).</summary>
    public WorkflowLimits Limits { get; } = new();

    /// <summary>How often a stimulus or resume is re-evaluated after losing an optimistic concurrency race. Default 5.</summary>
    public int MaxConcurrencyRetries { get; set; } = 5;

    /// <summary>
    /// Whether due timers fire from in-process <see cref="TimeProvider"/> timers. Default true. Hosting turns it
    /// off and registers its own <see cref="Runtime.IWorkflowScheduler"/> (Quartz); tests turn it off and call
    /// <see cref="Runtime.WorkflowRuntime.ProcessDueTimersAsync"/>.
    /// </summary>
    public bool UseInProcessTimers { get; set; } = true;

    /// <summary>Maximum due timers fired per <see cref="Runtime.WorkflowRuntime.ProcessDueTimersAsync"/> call. Default 100.</summary>
    public int DueTimerBatchSize { get; set; } = 100;

    /// <summary>Adds an assembly to scan for activities.</summary>
    public WorkflowEngineOptions AddActivitiesFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!ActivityAssemblies.Contains(assembly)) ActivityAssemblies.Add(assembly);
        return this;
    }

    /// <summary>Problems with the options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (JavaScript.Timeout <= TimeSpan.Zero) errors.Add("JavaScript.Timeout must be positive.");
        if (JavaScript.MaxStatements <= 0) errors.Add("JavaScript.MaxStatements must be positive.");
        if (JavaScript.MemoryLimitBytes <= 0) errors.Add("JavaScript.MemoryLimitBytes must be positive.");
        if (JavaScript.MaxRecursionDepth <= 0) errors.Add("JavaScript.MaxRecursionDepth must be positive.");
        if (MaxConcurrencyRetries < 0) errors.Add("MaxConcurrencyRetries cannot be negative.");
        if (DueTimerBatchSize <= 0) errors.Add("DueTimerBatchSize must be positive.");
        errors.AddRange(Limits.Validate());
        return errors;
    }
}

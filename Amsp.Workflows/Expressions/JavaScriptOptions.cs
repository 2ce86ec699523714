namespace Amsp.Workflows.Expressions;

/// <summary>Sandbox limits of JavaScript expressions. Exceeding one is an incident, never a hung worker.</summary>
public sealed class JavaScriptOptions
{
    /// <summary>Wall time allowed per evaluation. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Maximum statements executed per evaluation. Default 1,000,000.</summary>
    public int MaxStatements { get; set; } = 1_000_000;

    /// <summary>Maximum memory allocated per evaluation, in bytes. Default 16 MiB.</summary>
    public long MemoryLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Maximum call depth. Default 64.</summary>
    public int MaxRecursionDepth { get; set; } = 64;
}

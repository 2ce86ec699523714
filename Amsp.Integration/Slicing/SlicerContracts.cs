namespace Amsp.Integration.Slicing;

/// <summary>A PrusaSlicer config bundle for a printer and material, kept as data (the text of an .ini).</summary>
public sealed record SlicerProfile(string Name, string IniText);

/// <summary>What one slicing run may use: wall-clock time and address space.</summary>
public sealed record SliceLimits(TimeSpan Timeout, long MemoryBytes);

public enum SliceOutcome { Sliced, NotInstalled, Failed, TimedOut }

/// <summary>
/// The outcome of a slicing run, with the estimates read from the G-code's summary comments. Error is the tail of the
/// slicer's stderr (or why it could not run).
/// </summary>
public sealed record SliceResult(
    SliceOutcome Outcome, string? GcodePath, string? GcodeSha256, double? EstimatedSeconds, double? FilamentMm, double? FilamentGrams,
    string? SlicerVersion, string? Error)
{
    /// <summary>Layers in the G-code ("; total layers count" or the layer-change markers).</summary>
    public int? Layers { get; init; }
}

/// <summary>A slicer run out of process. Never throws for a slicer that is missing, fails or hangs: the outcome says so.</summary>
public interface ISlicer
{
    Task<SliceResult> SliceAsync(string modelPath, SlicerProfile profile, string outputDirectory, SliceLimits limits, CancellationToken ct);
}

/// <summary>Where the slicer and the memory-limit wrapper are.</summary>
public sealed class PrusaSlicerOptions
{
    /// <summary>The PrusaSlicer executable: a path, or a name looked up on PATH. Default "prusa-slicer".</summary>
    public string ExecutablePath { get; set; } = "prusa-slicer";

    /// <summary>util-linux's prlimit, which sets the address-space limit (RLIMIT_AS) and then runs the slicer. Default "prlimit".</summary>
    public string PrlimitPath { get; set; } = "prlimit";

    /// <summary>How much of the end of stderr is kept for the error. Default 4096 characters.</summary>
    public int MaxErrorChars { get; set; } = 4096;
}

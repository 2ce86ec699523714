namespace Amsp.Workflows.Options;

/// <summary>
/// What one workflow may cost the engine. A definition that passes a limit faults or suspends its own instance with
/// an incident that says which limit; it never takes the host down, runs unseen or blocks an operator.
/// </summary>
public sealed class WorkflowLimits
{
    /// <summary>
    /// Activities one instance may execute in one burst (one start, resume, retry or continuation) before the burst
    /// stops. Default 100,000: a 10,000-iteration loop of several activities completes; a cycle with no blocking
    /// activity does not run forever. A definition may lower it (<c>options.executionBudget.maxActivities</c>).
    /// </summary>
    public int MaxActivitiesPerBurst { get; set; } = 100_000;

    /// <summary>
    /// Wall time (from <see cref="TimeProvider"/>) one instance may run in one burst. Default 30 s: many times what a
    /// 10,000-iteration loop takes, even on a loaded machine. A definition may lower it (<c>options.executionBudget.maxDuration</c>).
    /// </summary>
    public TimeSpan MaxBurstDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A burst that runs longer than this commits its instance (visible, with its journal so far), lets a waiting
    /// cancel or other operation in, and goes on. Default 1 s.
    /// </summary>
    public TimeSpan SliceDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Activities after which a burst commits and lets waiting operations in, as for <see cref="SliceDuration"/>. Default
    /// 10,000 (each slice costs a commit and a reload of the instance's state).
    /// </summary>
    public int SliceActivities { get; set; } = 10_000;

    /// <summary>How deep <c>RunWorkflow</c> may nest: instances in one parent-child chain, the root included. Default 16.</summary>
    public int MaxDepth { get; set; } = 16;

    /// <summary>Instances one root instance may start through <c>RunWorkflow</c>: children, grandchildren and so on. Default 1,000.</summary>
    public int MaxDescendants { get; set; } = 1_000;

    /// <summary>Branches of one Fork, and connections leaving one activity; a definition above it is refused at publish. Default 256.</summary>
    public int MaxBranches { get; set; } = 256;

    /// <summary>JSON size of one variable or one activity output, in bytes. Default 1 MiB.</summary>
    public int MaxVariableBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Size of one payload handed to the engine from outside (a start's input, a stimulus's payload), in bytes. The engine
    /// does not measure it; hosts refuse larger request bodies before reading them. Default 1 MiB.
    /// </summary>
    public int MaxPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>The first journal entries of an instance, stored in full. Default 1,000.</summary>
    public int JournalHeadEntries { get; set; } = 1_000;

    /// <summary>
    /// The latest journal entries of an instance past its head, stored in full; older ones between head and these are
    /// compacted into counts per activity. Default 500.
    /// </summary>
    public int JournalTailEntries { get; set; } = 500;

    /// <summary>Problems with the limits; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Positive(MaxActivitiesPerBurst, nameof(MaxActivitiesPerBurst));
        Positive(SliceActivities, nameof(SliceActivities));
        Positive(MaxDepth, nameof(MaxDepth));
        Positive(MaxDescendants, nameof(MaxDescendants));
        Positive(MaxBranches, nameof(MaxBranches));
        Positive(MaxVariableBytes, nameof(MaxVariableBytes));
        Positive(MaxPayloadBytes, nameof(MaxPayloadBytes));
        Positive(JournalHeadEntries, nameof(JournalHeadEntries));
        Positive(JournalTailEntries, nameof(JournalTailEntries));
        if (MaxBurstDuration <= TimeSpan.Zero) errors.Add($"Limits.{nameof(MaxBurstDuration)} must be positive.");
        if (SliceDuration <= TimeSpan.Zero) errors.Add($"Limits.{nameof(SliceDuration)} must be positive.");
        return errors;

        void Positive(int value, string name)
        {
            if (value <= 0) errors.Add($"Limits.{name} must be positive.");
        }
    }
}

namespace Amsp.Workflows.Runtime;

/// <summary>
/// One public operation of the runtime (a start, a stimulus, a resume, a retry …). Children that RunWorkflow creates
/// during it are queued here and run one after another once their parent has committed, never nested on the stack;
/// past the operation's own budget (the engine's per-burst limits, for all its instances together) the rest go to the
/// <see cref="IWorkflowScheduler"/> to run in the background.
/// </summary>
internal sealed class RunCall(long started)
{
    /// <summary>When the operation began (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long Started { get; } = started;

    /// <summary>Activities executed by every instance the operation ran.</summary>
    public long Activities { get; set; }

    /// <summary>Children to run after their parents' commits.</summary>
    public Queue<string> Children { get; } = new();
}

/// <summary>One burst of one instance: what it has executed against its execution budget, across its slices.</summary>
internal sealed class Burst(RunCall call, long started)
{
    /// <summary>The operation the burst belongs to.</summary>
    public RunCall Call { get; } = call;

    /// <summary>When the burst began (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long Started { get; } = started;

    /// <summary>Activities executed in the burst.</summary>
    public int Activities { get; private set; }

    /// <summary>Counts one executed activity against the burst and its operation.</summary>
    public void Executed()
    {
        Activities++;
        Call.Activities++;
    }
}

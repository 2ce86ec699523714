using System.Collections.Concurrent;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Workflows.Tests.TestSupport;

/// <summary>Shared observations of the test activities (a singleton per engine, shareable across engines).</summary>
internal sealed class Recorder
{
    public ConcurrentQueue<(string ActivityId, string ExecutionId, int Attempt)> Executions { get; } = new();

    /// <summary>Cancelled by <see cref="Crash"/> to simulate a process killed mid-run.</summary>
    public CancellationTokenSource Kill { get; } = new();

    public int CrashesLeft { get; set; }

    /// <summary>Set by <see cref="Probe"/>: executions when it first found its instance stored, and the cancel it started.</summary>
    public int? SeenStored { get; set; }

    public Task<WorkflowRunResult>? CancelRequested { get; set; }

    public IEnumerable<string> ExecutedIds => Executions.Select(e => e.ActivityId);
}

[Activity("Record", Category = "Test")]
internal sealed class Record(Recorder recorder) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        recorder.Executions.Enqueue((context.ActivityId, context.ExecutionId, context.Attempt));
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

[Activity("Flaky", Category = "Test")]
internal sealed class Flaky(Recorder recorder) : Activity
{
    [Input(Syntaxes = ["Literal"])]
    public int FailTimes { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        recorder.Executions.Enqueue((context.ActivityId, context.ExecutionId, context.Attempt));
        if (context.Attempt <= FailTimes) throw new InvalidOperationException($"Flaky failure on attempt {context.Attempt}.");
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>Simulates a process kill: the first executions cancel the host token and abort the run.</summary>
[Activity("Crash", Category = "Test")]
internal sealed class Crash(Recorder recorder) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        recorder.Executions.Enqueue((context.ActivityId, context.ExecutionId, context.Attempt));
        if (recorder.CrashesLeft > 0)
        {
            recorder.CrashesLeft--;
            recorder.Kill.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
        }
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>Moves the fake clock on by <see cref="Seconds"/>: an activity that takes that long.</summary>
[Activity("Tick", Category = "Test")]
internal sealed class Tick(TimeProvider clock, Recorder recorder) : Activity
{
    [Input(Syntaxes = ["Literal"])]
    public double Seconds { get; set; } = 1;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        recorder.Executions.Enqueue((context.ActivityId, context.ExecutionId, context.Attempt));
        ((FakeTimeProvider)clock).Advance(TimeSpan.FromSeconds(Seconds));
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>Records whether its own instance is in the store while it runs (committed by an earlier slice), and asks once to cancel it.</summary>
[Activity("Probe", Category = "Test")]
internal sealed class Probe(IServiceProvider services, Recorder recorder) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        recorder.Executions.Enqueue((context.ActivityId, context.ExecutionId, context.Attempt));
        if (recorder.CancelRequested is null && await services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(context.InstanceId) is not null)
        {
            recorder.SeenStored = recorder.Executions.Count;
            // Waits for the instance lock, which the burst holds until its slice ends.
            recorder.CancelRequested = Task.Run(() => services.GetRequiredService<WorkflowRuntime>().CancelAsync(context.InstanceId));
        }
        return ActivityResult.Done;
    }
}

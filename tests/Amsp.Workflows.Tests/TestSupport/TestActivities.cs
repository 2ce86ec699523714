using System.Collections.Concurrent;
using Amsp.Workflows.Activities;

namespace Amsp.Workflows.Tests.TestSupport;

/// <summary>Shared observations of the test activities (a singleton per engine, shareable across engines).</summary>
internal sealed class Recorder
{
    public ConcurrentQueue<(string ActivityId, string ExecutionId, int Attempt)> Executions { get; } = new();

    /// <summary>Cancelled by <see cref="Crash"/> to simulate a process killed mid-run.</summary>
    public CancellationTokenSource Kill { get; } = new();

    public int CrashesLeft { get; set; }

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

using System.Diagnostics;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Bench;

/// <summary>Latency of a stimulus resuming a bookmarked instance to completion on SQLite.</summary>
internal static class Resume
{
    public static async Task RunAsync(BenchEngine engine, int count, string checkpoints)
    {
        await engine.PublishAsync(BenchFlows.Approval("approval"));
        for (var i = 0; i < count + 200; i++)
        {
            await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = $"c{i}" });
        }
        for (var i = count; i < count + 200; i++) await engine.Runtime.TriggerAsync(new Stimulus("approved", $"c{i}")); // warm-up
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await engine.Runtime.TriggerAsync(new Stimulus("approved", $"c{i}"));
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (result.Resumed.Count != 1) throw new InvalidOperationException("Expected exactly one resume.");
        }
        Console.WriteLine($"resume on SQLite (WAL, {checkpoints}), hash lookup + claim commit + run + completion commit: {Stats.Latencies(samples)}");
    }
}

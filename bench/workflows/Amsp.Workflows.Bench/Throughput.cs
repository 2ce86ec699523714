using System.Diagnostics;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Bench;

/// <summary>Instances per second of the 10-activity flowchart, run to completion, several workers.</summary>
internal static class Throughput
{
    public static async Task RunAsync(BenchEngine engine, string label, int count, int workers, bool javaScript)
    {
        var definitionId = javaScript ? "ten-js" : "ten";
        await engine.PublishAsync(BenchFlows.TenActivities(definitionId, javaScript));
        await RunBatchAsync(engine, definitionId, Math.Min(1000, count / 5), workers);
        var elapsed = await RunBatchAsync(engine, definitionId, count, workers);
        Console.WriteLine($"{label}: {count} instances, {workers} workers, {Stats.F(elapsed.TotalSeconds, "0.00")} s => {Stats.F(count / elapsed.TotalSeconds, "0")} instances/s");
    }

    private static async Task<TimeSpan> RunBatchAsync(BenchEngine engine, string definitionId, int count, int workers)
    {
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var result = await engine.Runtime.StartAsync(definitionId);
                if (result.Status != WorkflowStatus.Finished) throw new InvalidOperationException($"Instance ended {result.Status}.");
            }
        })));
        return stopwatch.Elapsed;
    }
}

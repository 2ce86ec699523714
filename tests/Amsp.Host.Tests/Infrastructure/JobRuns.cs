using Quartz;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>Counts the runs of one Quartz job and lets a test await the n-th, instead of sleeping.</summary>
public sealed class JobRuns(JobKey job) : IJobListener
{
    private readonly Lock gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> waiting = [];
    private readonly TaskCompletionSource recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int count;

    /// <summary>Completes at the first run that Quartz's cluster recovery made (a dead node's fire run again).</summary>
    public Task Recovered => recovered.Task;

    public string Name { get; } = $"runs-{job}-{Guid.NewGuid():N}";

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public Task WhenCountAsync(int n)
    {
        lock (gate)
        {
            if (count >= n)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((n, done));
            return done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (!context.JobDetail.Key.Equals(job))
        {
            return ValueTask.CompletedTask;
        }
        if (context.Recovering)
        {
            recovered.TrySetResult();
        }
        lock (gate)
        {
            count++;
            foreach (var w in waiting.Where(w => w.Count <= count).ToList())
            {
                w.Done.TrySetResult();
                waiting.Remove(w);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}

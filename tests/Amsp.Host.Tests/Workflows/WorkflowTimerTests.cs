using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Amsp.Host.Tests.Workflows;

/// <summary>The host's real timer path: Quartz on the platform clock, here a fake one.</summary>
public sealed class WorkflowTimerTests(FakeClockHostFixture host) : IClassFixture<FakeClockHostFixture>
{
    [Fact]
    public async Task The_design_review_deadline_fires_through_quartz_exactly_when_due()
    {
        using var client = host.CreateClient(); // starts the host, Quartz included
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var store = host.Services.GetRequiredService<IWorkflowInstanceStore>();
        var started = await runtime.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "gear.stl" } });
        var timer = (await store.ListBookmarksAsync(started.InstanceId)).Single(b => b.DueAt is not null);
        Assert.Equal(host.Clock.GetUtcNow() + TimeSpan.FromDays(2), timer.DueAt);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(timer.Id, "workflow-timers"));
        Assert.Equal(timer.DueAt, trigger!.NextFireTimeUtc);

        var fired = new TimerFired(timer.Id);
        scheduler.ListenerManager.AddJobListener(fired, []);
        host.Clock.Advance(TimeSpan.FromDays(2));
        await fired.Done.WaitAsync(TimeSpan.FromSeconds(30));

        var instance = (await store.FindAsync(started.InstanceId))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("overdue", (string?)instance.State.Variables["result"]);
    }

    [Fact]
    public async Task A_signal_before_the_deadline_removes_its_timer_job()
    {
        using var client = host.CreateClient();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var correlation = Guid.NewGuid().ToString("N");
        var started = await runtime.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "lid.stl" }, CorrelationId = correlation });
        var timer = (await host.Services.GetRequiredService<IWorkflowInstanceStore>().ListBookmarksAsync(started.InstanceId)).Single(b => b.DueAt is not null);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.Exists(new JobKey(timer.Id, "workflow-timers")));

        await runtime.TriggerAsync(new Stimulus("review-done", correlation, Payload: new() { ["approved"] = true }));

        Assert.False(await scheduler.Exists(new JobKey(timer.Id, "workflow-timers")));
    }

    [Fact]
    public async Task At_start_pending_timers_are_scheduled_again_from_the_database()
    {
        using var client = host.CreateClient();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "vase.stl" } });
        var timer = (await host.Services.GetRequiredService<IWorkflowInstanceStore>().ListBookmarksAsync(started.InstanceId)).Single(b => b.DueAt is not null);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.DeleteJob(new JobKey(timer.Id, "workflow-timers")); // as after a restart on the in-memory store

        var recovery = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Amsp.Host.Workflows.Scheduling.WorkflowRecovery>().Single();
        await recovery.StartingAsync(CancellationToken.None);

        var trigger = await scheduler.GetTrigger(new TriggerKey(timer.Id, "workflow-timers"));
        Assert.Equal(timer.DueAt, trigger!.NextFireTimeUtc);
    }

    /// <summary>Completes when Quartz has run the job of one timer bookmark.</summary>
    private sealed class TimerFired(string bookmarkId) : IJobListener
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Done => done.Task;

        public string Name { get; } = $"test-{bookmarkId}";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Name == bookmarkId)
            {
                done.TrySetResult();
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}

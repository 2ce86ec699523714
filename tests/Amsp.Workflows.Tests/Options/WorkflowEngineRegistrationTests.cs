using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Persistence.InMemory;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Options;

public sealed class WorkflowEngineRegistrationTests
{
    [Fact]
    public void Invalid_options_fail_at_registration_with_every_problem_listed()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddWorkflowEngine(o =>
        {
            o.JavaScript.Timeout = TimeSpan.Zero;
            o.DueTimerBatchSize = 0;
        }));
        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void The_default_registration_resolves_with_in_memory_stores()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.NotNull(provider.GetRequiredService<WorkflowRuntime>());
        Assert.IsType<InMemoryWorkflowInstanceStore>(provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.IsType<InProcessWorkflowScheduler>(provider.GetRequiredService<IWorkflowScheduler>());
        Assert.NotNull(provider.GetRequiredService<ActivityRegistry>().Find("Start"));
    }

    [Fact]
    public void UseEntityFrameworkCore_switches_the_stores()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().UseEntityFrameworkCore(db => db.UseSqlite("Data Source=:memory:"));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<EfWorkflowInstanceStore>(provider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.IsType<EfWorkflowDefinitionStore>(provider.GetRequiredService<IWorkflowDefinitionStore>());
    }

    [Fact]
    public async Task In_process_timers_fire_a_delay_when_the_clock_reaches_its_due_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        await using var engine = TestEngine.InMemory(o => o.UseInProcessTimers = true, clock: clock);
        var started = await engine.RunAsync(new Flow("timer")
            .Activity("start", "Start").Activity("wait", "Delay", ("Duration", Lit("00:05:00"))).Activity("after", "Record").Chain("start", "wait", "after"));
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        // In-memory stores complete synchronously, so the timer's resume runs inside Advance.
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(started.InstanceId)).Status);
    }
}

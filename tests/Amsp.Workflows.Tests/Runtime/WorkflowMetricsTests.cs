using System.Diagnostics.Metrics;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

/// <summary>The engine's meter, observed per container (tests running in parallel do not see each other's measurements).</summary>
public sealed class WorkflowMetricsTests
{
    private static MetricCollector<T> Collect<T>(TestEngine engine, string instrument) where T : struct =>
        new(engine.Services.GetRequiredService<IMeterFactory>(), "Amsp.Workflows", instrument);

    private static IEnumerable<object?> Tag<T>(MetricCollector<T> collector, string tag) where T : struct =>
        collector.GetMeasurementSnapshot().Select(m => m.Tags[tag]);

    [Fact]
    public async Task A_run_counts_as_started_and_finished_under_its_definition_id()
    {
        await using var engine = TestEngine.InMemory();
        using var started = Collect<long>(engine, "amsp.workflows.instances.started");
        using var finished = Collect<long>(engine, "amsp.workflows.instances.finished");
        using var faulted = Collect<long>(engine, "amsp.workflows.instances.faulted");

        await engine.RunAsync(new Flow("counted").Activity("start", "Start").Activity("a", "Record").Chain("start", "a"));

        Assert.Equal(["counted"], Tag(started, "amsp.workflows.definition_id"));
        Assert.Equal(1, started.LastMeasurement!.Value);
        Assert.Equal(["counted"], Tag(finished, "amsp.workflows.definition_id"));
        Assert.Empty(faulted.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_faulting_run_counts_as_faulted_and_its_failed_activity_as_faulted()
    {
        await using var engine = TestEngine.InMemory();
        using var faulted = Collect<long>(engine, "amsp.workflows.instances.faulted");
        using var finished = Collect<long>(engine, "amsp.workflows.instances.finished");
        using var durations = Collect<double>(engine, "amsp.workflows.activity.duration");

        await engine.RunAsync(new Flow("broken").Activity("start", "Start").Activity("call", "Flaky", ("FailTimes", Lit(1))).Chain("start", "call"));

        Assert.Equal(["broken"], Tag(faulted, "amsp.workflows.definition_id"));
        Assert.Empty(finished.GetMeasurementSnapshot());
        Assert.Contains(durations.GetMeasurementSnapshot(), m =>
            Equals(m.Tags["amsp.workflows.activity_type"], "Flaky") && Equals(m.Tags["amsp.workflows.outcome"], "faulted"));
    }

    [Fact]
    public async Task Each_activity_records_its_duration_with_its_type_and_outcome()
    {
        await using var engine = TestEngine.InMemory();
        using var durations = Collect<double>(engine, "amsp.workflows.activity.duration");

        await engine.RunAsync(new Flow("timed").Activity("start", "Start").Activity("a", "Record").Activity("b", "Record").Chain("start", "a", "b"));

        var measured = durations.GetMeasurementSnapshot()
            .Select(m => (m.Tags["amsp.workflows.activity_type"], m.Tags["amsp.workflows.outcome"], m.Value >= 0)).ToList();
        Assert.Equal([("Start", "Done", true), ("Record", "Done", true), ("Record", "Done", true)], measured);
    }

    [Fact]
    public async Task A_delay_fired_late_records_its_lag_and_pending_bookmarks_go_up_and_down()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        await using var engine = TestEngine.InMemory(clock: clock);
        using var lag = Collect<double>(engine, "amsp.workflows.scheduler.lag");
        using var pending = Collect<long>(engine, "amsp.workflows.bookmarks.pending");
        using var cancelled = Collect<long>(engine, "amsp.workflows.instances.cancelled");
        await engine.PublishAsync(new Flow("delayed")
            .Activity("start", "Start").Activity("wait", "Delay", ("Duration", Lit("00:10:00"))).Activity("after", "Record")
            .Chain("start", "wait", "after").Build());
        await engine.Runtime.StartAsync("delayed");
        var second = await engine.Runtime.StartAsync("delayed");
        await engine.Runtime.CancelAsync(second.InstanceId);

        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await engine.Runtime.ProcessDueTimersAsync());

        var measurement = Assert.Single(lag.GetMeasurementSnapshot());
        Assert.Equal(300, measurement.Value, precision: 6);
        Assert.Equal(Delay.TimerName, measurement.Tags["amsp.workflows.timer"]);
        Assert.Equal([1L, 1L, -1L, -1L], pending.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal(["delayed"], Tag(cancelled, "amsp.workflows.definition_id"));
    }
}

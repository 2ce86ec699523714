using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Activities;

public sealed class TriggerEntryTests
{
    private static Flow CronOnly(string id) => new Flow(id)
        .Activity("cron", "CronTrigger", ("Expression", Lit("0 0/5 * * * ?")))
        .Activity("log", "Log", ("Message", Lit("tick")))
        .Activity("end", "Finish")
        .Chain("cron", "log", "end");

    [Fact]
    public async Task A_flowchart_whose_only_entry_is_a_trigger_is_valid_and_starts_there()
    {
        await using var engine = TestEngine.InMemory();
        Assert.Empty(engine.Definitions.Validate(CronOnly("cron-only").Build()));

        var run = await engine.RunAsync(CronOnly("cron-only"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var journal = await engine.Instances.ReadJournalAsync(run.InstanceId);
        Assert.Equal("cron", journal.First(e => e.EventType == JournalEventType.Started).ActivityId);
    }

    [Fact]
    public async Task A_trigger_beside_start_is_the_entry_only_when_it_fired()
    {
        await using var engine = TestEngine.InMemory();
        var flow = new Flow("both")
            .Activity("start", "Start")
            .Activity("cron", "CronTrigger", ("Expression", Lit("0 0 6 * * ?")))
            .Activity("by-hand", "SetVariable", ("Variable", Lit("via")), ("Value", Lit("start")))
            .Activity("by-cron", "SetVariable", ("Variable", Lit("via")), ("Value", Lit("cron")))
            .Variable("via")
            .Chain("start", "by-hand").Chain("cron", "by-cron");
        await engine.PublishAsync(flow.Build());

        var byHand = await engine.Runtime.StartAsync("both");
        var byCron = await engine.Runtime.StartAsync("both", new StartWorkflowOptions { TriggerActivityId = "cron" });

        Assert.Equal("start", (string?)(await engine.InstanceAsync(byHand.InstanceId)).State.Variables["via"]);
        Assert.Equal("cron", (string?)(await engine.InstanceAsync(byCron.InstanceId)).State.Variables["via"]);
        await Assert.ThrowsAsync<ArgumentException>(() => engine.Runtime.StartAsync("both", new StartWorkflowOptions { TriggerActivityId = "by-hand" }));
    }

    [Fact]
    public async Task A_flowchart_without_start_or_trigger_is_invalid()
    {
        await using var engine = TestEngine.InMemory();
        var errors = engine.Definitions.Validate(new Flow("none").Activity("log", "Log", ("Message", Lit("x"))).Build());
        Assert.Contains(errors, e => e.Code == "NoStart");
    }

    [Fact]
    public async Task Publication_listeners_hear_publish_and_retract()
    {
        var heard = new List<string>();
        await using var engine = TestEngine.InMemory(configureServices: s => s.AddSingleton<IWorkflowPublicationListener>(new Listener(heard)));
        await engine.PublishAsync(CronOnly("listened").Build());
        await engine.Definitions.RetractAsync("listened");
        Assert.Equal(["published listened v1", "retracted listened"], heard);
    }

    private sealed class Listener(List<string> heard) : IWorkflowPublicationListener
    {
        public Task PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
        {
            heard.Add($"published {definition.DefinitionId} v{definition.Version}");
            return Task.CompletedTask;
        }

        public Task RetractedAsync(string definitionId, CancellationToken cancellationToken)
        {
            heard.Add($"retracted {definitionId}");
            return Task.CompletedTask;
        }
    }
}

using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionServiceTests
{
    private static Flow Approval(string label) => new Flow("approval")
        .Variable("label", label).Output("label")
        .Activity("start", "Start")
        .Activity("wait", "WaitForSignal", ("Signal", Lit("approve")))
        .Activity("end", "End")
        .Chain("start", "wait", "end");

    [Fact]
    public async Task Saving_a_new_definition_creates_version_one_as_latest_draft()
    {
        await using var engine = TestEngine.InMemory();
        var saved = await engine.Definitions.SaveDraftAsync(Approval("v1").Build());
        Assert.Equal((1, true, false), (saved.Version, saved.IsLatest, saved.IsPublished));

        var again = await engine.Definitions.SaveDraftAsync(Approval("v1b").Build());
        Assert.Equal((saved.Id, 1), (again.Id, again.Version));
    }

    [Fact]
    public async Task Editing_a_published_version_creates_the_next_version_as_a_draft()
    {
        await using var engine = TestEngine.InMemory();
        var v1 = await engine.PublishAsync(Approval("v1").Build());
        var v2 = await engine.Definitions.SaveDraftAsync(Approval("v2").Build());

        Assert.Equal(2, v2.Version);
        Assert.NotEqual(v1.Id, v2.Id);
        var store = engine.Services.GetService(typeof(Amsp.Workflows.Persistence.IWorkflowDefinitionStore)) as Amsp.Workflows.Persistence.IWorkflowDefinitionStore;
        var versions = await store!.ListVersionsAsync("approval");
        Assert.Equal([(1, false, true), (2, true, false)], versions.Select(v => (v.Version, v.IsLatest, v.IsPublished)));
    }

    [Fact]
    public async Task Only_one_version_is_published_at_a_time()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.PublishAsync(Approval("v2").Build());
        var store = engine.Services.GetService(typeof(Amsp.Workflows.Persistence.IWorkflowDefinitionStore)) as Amsp.Workflows.Persistence.IWorkflowDefinitionStore;
        var published = (await store!.ListVersionsAsync("approval")).Where(v => v.IsPublished).ToList();
        Assert.Equal(2, Assert.Single(published).Version);
    }

    [Fact]
    public async Task Publishing_an_invalid_version_fails_with_structured_errors_and_keeps_the_old_one()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.Definitions.SaveDraftAsync(new Flow("approval").Activity("start", "Start").Activity("x", "Nope").Chain("start", "x").Build());

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Definitions.PublishAsync("approval"));
        Assert.Contains(error.Errors, e => e is { Code: "UnknownActivityType", ActivityId: "x" });
        var result = await engine.Runtime.StartAsync("approval");
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
    }

    [Fact]
    public async Task Publishing_a_new_version_keeps_running_instances_on_the_old_one()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        var first = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "order-1" });
        await engine.PublishAsync(Approval("v2").Build());
        var second = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "order-2" });

        await engine.Runtime.TriggerAsync(new Stimulus("approve", "order-1"));
        await engine.Runtime.TriggerAsync(new Stimulus("approve", "order-2"));

        var one = await engine.InstanceAsync(first.InstanceId);
        var two = await engine.InstanceAsync(second.InstanceId);
        Assert.Equal((1, WorkflowStatus.Finished, "v1"), (one.DefinitionVersion, one.Status, one.State.Output["label"]!.GetValue<string>()));
        Assert.Equal((2, WorkflowStatus.Finished, "v2"), (two.DefinitionVersion, two.Status, two.State.Output["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Retracting_leaves_no_published_version_to_start()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.Definitions.RetractAsync("approval");
        await Assert.ThrowsAsync<WorkflowDefinitionException>(() => engine.Runtime.StartAsync("approval"));
    }

    [Fact]
    public async Task Reverting_to_a_version_copies_it_into_a_new_draft()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.PublishAsync(Approval("v2").Build());

        var v3 = await engine.Definitions.RevertAsync("approval", 1);

        Assert.Equal((3, true, false), (v3.Version, v3.IsLatest, v3.IsPublished));
        Assert.Equal("v1", v3.Variables![0].Default!.GetValue<string>());
        await engine.Definitions.PublishAsync("approval");
        var run = await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { CorrelationId = "c" });
        Assert.Equal(3, (await engine.InstanceAsync(run.InstanceId)).DefinitionVersion);
    }

    [Fact]
    public async Task Deleting_is_refused_for_a_published_version_and_allowed_for_a_draft()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.Definitions.SaveDraftAsync(Approval("v2").Build());

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Definitions.DeleteVersionAsync("approval", 1));
        await engine.Definitions.DeleteVersionAsync("approval", 2);

        var store = engine.Services.GetService(typeof(Amsp.Workflows.Persistence.IWorkflowDefinitionStore)) as Amsp.Workflows.Persistence.IWorkflowDefinitionStore;
        var latest = await store!.FindLatestAsync("approval");
        Assert.Equal(1, latest!.Version);
    }

    [Fact]
    public async Task A_retracted_version_with_suspended_instances_cannot_be_deleted()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(Approval("v1").Build());
        await engine.Runtime.StartAsync("approval", new StartWorkflowOptions { Input = new JsonObject() });
        await engine.Definitions.RetractAsync("approval");
        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Definitions.DeleteVersionAsync("approval", 1));
    }
}

using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Activities;

public sealed class BuiltInActivityTests
{
    [Fact]
    public async Task Start_and_End_finish_a_straight_flow()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("straight").Activity("start", "Start").Activity("a", "Record").Activity("end", "End").Chain("start", "a", "end"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(["a"], engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task A_flowchart_with_no_path_left_finishes_without_an_End()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("open").Activity("start", "Start").Activity("a", "Record").Chain("start", "a"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
    }

    [Theory]
    [InlineData(150, "big")]
    [InlineData(50, "small")]
    public async Task Decision_takes_the_True_or_False_outcome(int total, string expected)
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("decide")
            .Variable("total", total).Variable("size").Output("size")
            .Activity("start", "Start")
            .Activity("d", "Decision", ("Condition", Js("variables.total > 100")))
            .Activity("big", "SetVariable", ("Variable", Lit("size")), ("Value", Lit("big")))
            .Activity("small", "SetVariable", ("Variable", Lit("size")), ("Value", Lit("small")))
            .Connect("start", "d").Connect("d", "big", "True").Connect("d", "small", "False"));
        Assert.Equal(expected, result.Output["size"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("PLA", "plastic")]
    [InlineData("Ti64", "metal")]
    [InlineData("wood", "other")]
    public async Task Switch_takes_the_matching_case_or_Default(string material, string expected)
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("switch")
            .Variable("kind").Output("kind")
            .Activity("start", "Start")
            .Activity("s", "Switch", ("Value", Js("input.material")), ("Cases", Lit(new JsonArray("PLA", "Ti64"))))
            .Activity("p", "SetVariable", ("Variable", Lit("kind")), ("Value", Lit("plastic")))
            .Activity("m", "SetVariable", ("Variable", Lit("kind")), ("Value", Lit("metal")))
            .Activity("o", "SetVariable", ("Variable", Lit("kind")), ("Value", Lit("other")))
            .Connect("start", "s").Connect("s", "p", "PLA").Connect("s", "m", "Ti64").Connect("s", "o", "Default"),
            new StartWorkflowOptions { Input = new JsonObject { ["material"] = material } });
        Assert.Equal(expected, result.Output["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_evaluates_Liquid_and_Variable_expressions()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("vars")
            .Variable("name", "Ada").Variable("greeting").Variable("copy").Output("greeting").Output("copy")
            .Activity("start", "Start")
            .Activity("g", "SetVariable", ("Variable", Lit("greeting")), ("Value", Liquid("Hello {{ variables.name }} from {{ input.city }}")))
            .Activity("c", "SetVariable", ("Variable", Lit("copy")), ("Value", Amsp.Workflows.Model.Expression.Variable("greeting")))
            .Chain("start", "g", "c"),
            new StartWorkflowOptions { Input = new JsonObject { ["city"] = "Lyon" } });
        Assert.Equal("Hello Ada from Lyon", result.Output["greeting"]!.GetValue<string>());
        Assert.Equal("Hello Ada from Lyon", result.Output["copy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Log_writes_its_message_to_the_journal()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("log").Variable("n", 3)
            .Activity("start", "Start").Activity("log", "Log", ("Message", Liquid("n is {{ variables.n }}"))).Chain("start", "log"));
        var journal = await engine.Instances.ReadJournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e is { EventType: JournalEventType.Logged, ActivityId: "log", Message: "n is 3" });
    }

    [Fact]
    public async Task RunJavaScript_changes_variables_and_exposes_its_result_to_later_activities()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("js")
            .Variable("count", 1).Variable("seen").Output("count").Output("seen")
            .Activity("start", "Start")
            .Activity("run", "RunJavaScript", ("Script", Lit("variables.count = variables.count + 41; ({ total: variables.count * 2 })")))
            .Activity("read", "SetVariable", ("Variable", Lit("seen")), ("Value", Js("outputs.run.Result.total")))
            .Chain("start", "run", "read"));
        Assert.Equal(42, result.Output["count"]!.GetValue<long>());
        Assert.Equal(84, result.Output["seen"]!.GetValue<long>());
    }

    [Fact]
    public async Task Delay_suspends_on_a_timer_due_after_its_duration_and_resumes_when_due()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("delay")
            .Activity("start", "Start").Activity("wait", "Delay", ("Duration", Lit("00:10:00"))).Activity("after", "Record").Chain("start", "wait", "after"));

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        var bookmark = Assert.Single(await engine.Instances.ListBookmarksAsync(result.InstanceId));
        Assert.Equal(engine.Clock.GetUtcNow() + TimeSpan.FromMinutes(10), bookmark.DueAt);
        var scheduler = (ManualWorkflowScheduler)engine.Services.GetService(typeof(IWorkflowScheduler))!;
        Assert.Equal(bookmark.Id, Assert.Single(scheduler.Timers).BookmarkId);

        engine.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await engine.Runtime.ProcessDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await engine.Runtime.ProcessDueTimersAsync());

        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(result.InstanceId)).Status);
        Assert.Equal(["after"], engine.Recorder.ExecutedIds);
    }

    [Fact]
    public async Task WaitForSignal_resumes_on_its_signal_and_correlation_with_the_payload_as_output()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("signal")
            .Variable("by").Output("by")
            .Activity("start", "Start").Activity("approve", "WaitForSignal", ("Signal", Lit("approved")))
            .Activity("who", "SetVariable", ("Variable", Lit("by")), ("Value", Js("outputs.approve.Payload.user")))
            .Chain("start", "approve", "who"),
            new StartWorkflowOptions { CorrelationId = "quote-7" });
        Assert.Equal(WorkflowStatus.Suspended, result.Status);

        var wrong = await engine.Runtime.TriggerAsync(new Stimulus("approved", "quote-8"));
        Assert.Empty(wrong.Resumed);
        var right = await engine.Runtime.TriggerAsync(new Stimulus("approved", "quote-7", Payload: new JsonObject { ["user"] = "grace" }));

        var resumed = Assert.Single(right.Resumed);
        Assert.Equal((result.InstanceId, WorkflowStatus.Finished), (resumed.InstanceId, resumed.Status));
        Assert.Equal("grace", (await engine.InstanceAsync(result.InstanceId)).State.Output["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fault_faults_the_instance_with_its_message_even_when_the_strategy_is_continue()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("fault").Incidents(Amsp.Workflows.Model.IncidentMode.Continue)
            .Activity("start", "Start").Activity("f", "Fault", ("Message", Lit("No printer can take this job"))).Chain("start", "f"));
        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.Equal(("f", "No printer can take this job"), (incident.ActivityId, incident.Message));
    }

    [Fact]
    public async Task Finish_ends_the_workflow_and_drops_other_branches()
    {
        await using var engine = TestEngine.InMemory();
        var result = await engine.RunAsync(new Flow("finish")
            .Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(new JsonArray("a", "b"))))
            .Activity("wait", "WaitForSignal", ("Signal", Lit("never"))).Activity("done", "Finish")
            .Connect("start", "fork").Connect("fork", "wait", "a").Connect("fork", "done", "b"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Empty(await engine.Instances.ListBookmarksAsync(result.InstanceId));
    }

    [Fact]
    public async Task RunWorkflow_runs_a_child_to_completion_and_returns_its_output()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(new Flow("child").Variable("price").Output("price")
            .Activity("start", "Start").Activity("p", "SetVariable", ("Variable", Lit("price")), ("Value", Js("input.qty * 3"))).Chain("start", "p").Build());
        var result = await engine.RunAsync(new Flow("parent").Variable("price").Output("price")
            .Activity("start", "Start")
            .Activity("run", "RunWorkflow", ("DefinitionId", Lit("child")), ("Input", Js("({ qty: 4 })")))
            .Activity("copy", "SetVariable", ("Variable", Lit("price")), ("Value", Js("outputs.run.Output.price")))
            .Chain("start", "run", "copy"));
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(12, result.Output["price"]!.GetValue<long>());
    }

    [Fact]
    public async Task Cancelling_a_parent_cancels_its_suspended_child()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(new Flow("child").Activity("start", "Start").Activity("w", "WaitForSignal", ("Signal", Lit("never"))).Chain("start", "w").Build());
        var parent = await engine.RunAsync(new Flow("parent").Activity("start", "Start").Activity("run", "RunWorkflow", ("DefinitionId", Lit("child"))).Chain("start", "run"));

        await engine.Runtime.CancelAsync(parent.InstanceId);

        var child = Assert.Single(await engine.Instances.QueryAsync(new Amsp.Workflows.Persistence.InstanceQuery { ParentInstanceId = parent.InstanceId }));
        Assert.Equal(WorkflowStatus.Cancelled, child.Status);
        Assert.Equal(WorkflowStatus.Cancelled, (await engine.InstanceAsync(parent.InstanceId)).Status);
    }

    [Fact]
    public async Task RunWorkflow_waits_for_a_suspended_child_and_resumes_when_it_finishes()
    {
        await using var engine = TestEngine.InMemory();
        await engine.PublishAsync(new Flow("child").Variable("ok").Output("ok")
            .Activity("start", "Start").Activity("w", "WaitForSignal", ("Signal", Lit("inspected")))
            .Activity("s", "SetVariable", ("Variable", Lit("ok")), ("Value", Lit(true))).Chain("start", "w", "s").Build());
        var parent = await engine.RunAsync(new Flow("parent").Variable("ok").Output("ok")
            .Activity("start", "Start").Activity("run", "RunWorkflow", ("DefinitionId", Lit("child")))
            .Activity("copy", "SetVariable", ("Variable", Lit("ok")), ("Value", Js("outputs.run.Output.ok"))).Chain("start", "run", "copy"),
            new StartWorkflowOptions { CorrelationId = "job-1" });
        Assert.Equal(WorkflowStatus.Suspended, parent.Status);
        var children = await engine.Instances.QueryAsync(new Amsp.Workflows.Persistence.InstanceQuery { DefinitionId = "child" });
        Assert.Equal(parent.InstanceId, Assert.Single(children).ParentInstanceId);

        await engine.Runtime.TriggerAsync(new Stimulus("inspected", "job-1"));

        var after = await engine.InstanceAsync(parent.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.True(after.State.Output["ok"]!.GetValue<bool>());
    }
}

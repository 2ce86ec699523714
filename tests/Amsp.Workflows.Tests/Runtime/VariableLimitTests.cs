using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Runtime;

public sealed class VariableLimitTests
{
    [Fact]
    public async Task A_variable_larger_than_the_limit_faults_the_instance_and_is_not_stored()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxVariableBytes = 1_000);
        var result = await engine.RunAsync(new Flow("big").Incidents(Amsp.Workflows.Model.IncidentMode.Continue).Variable("blob", "small")
            .Activity("start", "Start").Activity("set", "SetVariable", ("Variable", Lit("blob")), ("Value", Js("'x'.repeat(2000)"))).Chain("start", "set"));

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.Equal("Variable 'blob' would hold more than 1,000 bytes of JSON, the limit (Limits.MaxVariableBytes).", incident.Message);
        Assert.Equal("small", (await engine.InstanceAsync(result.InstanceId)).State.Variables["blob"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_script_that_writes_back_a_variable_larger_than_the_limit_changes_no_variable()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxVariableBytes = 1_000);
        var result = await engine.RunAsync(new Flow("script").Variable("n", 1).Variable("items")
            .Activity("start", "Start")
            .Activity("run", "RunJavaScript", ("Script", Lit("variables.n = 2; variables.items = []; for (let i = 0; i < 300; i++) variables.items.push(i);")))
            .Chain("start", "run"));

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.StartsWith("Variable 'items' would hold more than 1,000 bytes", Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId)).Message, StringComparison.Ordinal);
        Assert.Equal(1, (await engine.InstanceAsync(result.InstanceId)).State.Variables["n"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_activity_output_larger_than_the_limit_faults_the_instance()
    {
        await using var engine = TestEngine.InMemory(o => o.Limits.MaxVariableBytes = 1_000);
        var result = await engine.RunAsync(new Flow("signal")
            .Activity("start", "Start").Activity("wait", "WaitForSignal", ("Signal", Lit("go"))).Chain("start", "wait"),
            new StartWorkflowOptions { CorrelationId = "c" });
        var resumed = await engine.Runtime.TriggerAsync(new Stimulus("go", "c", Payload: new JsonObject { ["text"] = new string('y', 5_000) }));

        Assert.Equal(WorkflowStatus.Faulted, Assert.Single(resumed.Resumed).Status);
        Assert.Equal("Output 'Payload' of activity 'wait' would hold more than 1,000 bytes of JSON, the limit (Limits.MaxVariableBytes).",
            Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId)).Message);
    }

    [Theory]
    [InlineData("\"abc\"", 5)]
    [InlineData("{\"a\":[1,2,{\"b\":null}],\"c\":true}", 31)]
    [InlineData("\"é\"", 4)]
    public void Sizes_are_the_length_of_the_compact_JSON_text(string json, int size)
    {
        Assert.Equal(size, JsonSize.Measure(JsonNode.Parse(json), long.MaxValue));
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Bench;

/// <summary>
/// Shapes that used to cost more than their size: a fork of N branches into a WaitAll join, and a long loop. Each is
/// saved as a draft and started by version id, so a fork past the publish-time branch limit still runs here.
/// </summary>
internal static class Shapes
{
    public static async Task ForkJoinAsync(BenchEngine engine, int branches, bool report)
    {
        var d = new WorkflowDefinition { DefinitionId = $"fork-{branches}", Name = "fork", Variables = [new() { Name = "x" }] };
        Add(d, "start", "Start");
        Add(d, "fork", "Fork", ("Branches", Expression.Literal(new JsonArray([.. Enumerable.Range(0, branches).Select(i => (JsonNode)$"b{i}")]))));
        Add(d, "join", "Join");
        Add(d, "end", "End");
        Connect(d, "start", "fork");
        for (var i = 0; i < branches; i++)
        {
            Add(d, $"s{i}", "SetVariable", ("Variable", Expression.Literal("x")), ("Value", Expression.Literal(i)));
            Connect(d, "fork", $"s{i}", $"b{i}");
            Connect(d, $"s{i}", "join");
        }
        Connect(d, "join", "end");
        var draft = await engine.Definitions.SaveDraftAsync(d);
        var started = Stopwatch.GetTimestamp();
        var result = await engine.Runtime.StartVersionAsync(draft.Id);
        if (report) Console.WriteLine($"fork of {branches} branches into a WaitAll join, in memory: {Stats.F(Stopwatch.GetElapsedTime(started).TotalMilliseconds)} ms ({result.Status})");
    }

    public static async Task LoopAsync(BenchEngine engine, int iterations, bool report)
    {
        var d = new WorkflowDefinition { DefinitionId = $"loop-{iterations}", Name = "loop", Variables = [new() { Name = "i", Default = 0 }], Outputs = [new() { Name = "i" }] };
        Add(d, "start", "Start");
        Add(d, "check", "Decision", ("Condition", Expression.JavaScript($"variables.i < {iterations}")));
        Add(d, "inc", "SetVariable", ("Variable", Expression.Literal("i")), ("Value", Expression.JavaScript("variables.i + 1")));
        Connect(d, "start", "check");
        Connect(d, "check", "inc", "True");
        Connect(d, "inc", "check");
        var draft = await engine.Definitions.SaveDraftAsync(d);
        var started = Stopwatch.GetTimestamp();
        var result = await engine.Runtime.StartVersionAsync(draft.Id);
        if (report) Console.WriteLine($"loop of {iterations} iterations (JavaScript decision and increment), in memory: {Stats.F(Stopwatch.GetElapsedTime(started).TotalMilliseconds)} ms ({result.Status}, i = {result.Output["i"]})");
    }

    private static void Add(WorkflowDefinition d, string id, string type, params (string Name, Expression Value)[] inputs) =>
        d.Root.Activities.Add(new ActivityNode { Id = id, Type = type, Inputs = inputs.ToDictionary(i => i.Name, i => i.Value) });

    private static void Connect(WorkflowDefinition d, string from, string to, string outcome = "Done") =>
        d.Root.Connections.Add(new Connection { Source = new() { Activity = from, Outcome = outcome }, Target = new() { Activity = to } });
}

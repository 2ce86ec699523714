using Amsp.Workflows.Activities;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Tests.Descriptors;

public sealed class ActivityRegistryTests
{
    private readonly ActivityRegistry _registry = new([]);

    [Fact]
    public void Every_built_in_activity_has_a_descriptor()
    {
        string[] expected = ["Start", "End", "Finish", "Decision", "Switch", "Fork", "Join", "SetVariable", "Log", "RunJavaScript", "Delay", "WaitForSignal", "Fault", "RunWorkflow"];
        Assert.All(expected, type => Assert.NotNull(_registry.Find(type)));
    }

    [Fact]
    public void A_descriptor_carries_inputs_outputs_outcomes_and_kind_from_the_class_attributes()
    {
        var decision = _registry.Find("Decision")!;
        Assert.Equal(["True", "False"], decision.Outcomes);
        Assert.Equal("Flow", decision.Category);
        var condition = Assert.Single(decision.Inputs);
        Assert.Equal(("Condition", "boolean", true), (condition.Name, condition.Type, condition.Required));

        var join = _registry.Find("Join")!;
        var mode = Assert.Single(join.Inputs);
        Assert.Equal("WaitAll", mode.Default!.GetValue<string>());
        Assert.Equal(["Literal"], mode.Syntaxes);
        Assert.Equal(["WaitAll", "WaitAny"], mode.Options);

        var wait = _registry.Find("WaitForSignal")!;
        Assert.Equal(ActivityKind.Blocking, wait.Kind);
        Assert.Equal("Payload", Assert.Single(wait.Outputs).Name);
    }

    [Fact]
    public void Switch_outcomes_include_its_cases()
    {
        var node = new ActivityNode { Id = "s", Type = "Switch", Inputs = new() { ["Cases"] = Expression.Literal(new System.Text.Json.Nodes.JsonArray("a", "b")) } };
        Assert.Equal(["Default", "a", "b"], _registry.Find("Switch")!.OutcomesOf(node));
    }

    [Fact]
    public void Activities_are_found_in_added_assemblies()
    {
        var registry = new ActivityRegistry([typeof(ActivityRegistryTests).Assembly]);
        Assert.NotNull(registry.Find("Flaky"));
        Assert.Null(_registry.Find("Flaky"));
    }
}

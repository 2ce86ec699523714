using System.Text.Json.Nodes;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Tests.TestSupport;

/// <summary>Builds definitions tersely in tests.</summary>
internal sealed class Flow
{
    private readonly WorkflowDefinition _definition;

    public Flow(string definitionId)
    {
        _definition = new WorkflowDefinition { DefinitionId = definitionId, Name = definitionId };
    }

    public static Expression Lit(JsonNode? value) => Expression.Literal(value);

    public static Expression Js(string script) => Expression.JavaScript(script);

    public static Expression Liquid(string template) => Expression.Liquid(template);

    /// <summary>A loop of <paramref name="iterations"/> rounds, a JavaScript decision and increment, whose output is <c>i</c>.</summary>
    public static Flow CountingLoop(string definitionId, int iterations) => new Flow(definitionId).Variable("i", 0).Output("i")
        .Activity("start", "Start")
        .Activity("check", "Decision", ("Condition", Js($"variables.i < {iterations}")))
        .Activity("inc", "RunJavaScript", ("Script", Lit("variables.i = variables.i + 1")))
        .Connect("start", "check").Connect("check", "inc", "True").Connect("inc", "check");

    public Flow Activity(string id, string type, params (string Name, Expression Value)[] inputs)
    {
        _definition.Root.Activities.Add(new ActivityNode
        {
            Id = id,
            Type = type,
            Inputs = inputs.Length == 0 ? null : inputs.ToDictionary(i => i.Name, i => i.Value),
        });
        return this;
    }

    public Flow Connect(string from, string to, string outcome = "Done")
    {
        _definition.Root.Connections.Add(new Connection
        {
            Source = new SourceEndpoint { Activity = from, Outcome = outcome },
            Target = new TargetEndpoint { Activity = to },
        });
        return this;
    }

    /// <summary>Connects a chain with Done outcomes.</summary>
    public Flow Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++) Connect(ids[i - 1], ids[i]);
        return this;
    }

    public Flow Variable(string name, JsonNode? value = null)
    {
        (_definition.Variables ??= []).Add(new VariableDefinition { Name = name, Default = value });
        return this;
    }

    public Flow Output(string name)
    {
        (_definition.Outputs ??= []).Add(new ParameterDefinition { Name = name });
        return this;
    }

    public Flow Incidents(IncidentMode mode, int? attempts = null, TimeSpan? delay = null, bool? jitter = null)
    {
        (_definition.Options ??= new WorkflowOptions()).IncidentStrategy = new IncidentStrategy { Mode = mode, Attempts = attempts, Delay = delay, Jitter = jitter };
        return this;
    }

    public Flow CommitPerActivity()
    {
        (_definition.Options ??= new WorkflowOptions()).CommitStrategy = CommitStrategy.PerActivity;
        return this;
    }

    public Flow Budget(int? maxActivities = null, TimeSpan? maxDuration = null, bool? allowLongLoops = null)
    {
        (_definition.Options ??= new WorkflowOptions()).ExecutionBudget = new ExecutionBudget
        {
            MaxActivities = maxActivities, MaxDuration = maxDuration, AllowLongLoops = allowLongLoops,
        };
        return this;
    }

    public WorkflowDefinition Build() => WorkflowJson.Clone(_definition);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Options;
using Microsoft.Extensions.Options;

namespace Amsp.Workflows.Definitions;

/// <summary>Checks a definition before it is published; returns structured errors.</summary>
public sealed class WorkflowValidator(
    ActivityRegistry registry, ExpressionEvaluator expressions, IEnumerable<IWorkflowValidationRule> rules, IOptions<WorkflowEngineOptions> options)
{
    private readonly WorkflowLimits _limits = options.Value.Limits;

    /// <summary>All problems found; empty when the definition can be published.</summary>
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) errors.Add(new("MissingDefinitionId", "The definition has no definition id."));
        if (string.IsNullOrWhiteSpace(definition.Name)) errors.Add(MissingName);
        ValidateBudget(definition.Options?.ExecutionBudget, errors);
        var variables = new HashSet<string>((definition.Variables ?? []).Select(v => v.Name), StringComparer.Ordinal);
        var nodes = new Dictionary<string, (ActivityNode Node, ActivityDescriptor? Descriptor)>(StringComparer.Ordinal);
        foreach (var node in definition.Root.Activities)
        {
            if (string.IsNullOrWhiteSpace(node.Id))
            {
                errors.Add(new("MissingActivityId", $"An activity of type '{node.Type}' has no id."));
                continue;
            }
            var descriptor = registry.Find(node.Type, node.TypeVersion ?? 1);
            if (!nodes.TryAdd(node.Id, (node, descriptor)))
            {
                errors.Add(new("DuplicateActivityId", $"Activity id '{node.Id}' is used twice.", node.Id));
                continue;
            }
            if (descriptor is null)
            {
                errors.Add(new("UnknownActivityType", $"Activity '{node.Id}' has unknown type '{node.Type}' v{node.TypeVersion ?? 1}.", node.Id));
                continue;
            }
            ValidateInputs(node, descriptor, variables, errors);
        }
        var starts = definition.Root.Activities.Count(a => a.Type == "Start");
        var triggers = nodes.Values.Count(n => n.Descriptor?.Kind == ActivityKind.Trigger);
        if (starts == 0 && triggers == 0) errors.Add(new("NoStart", "The flowchart has no Start activity and no trigger."));
        if (starts > 1) errors.Add(new("MultipleStarts", "The flowchart has more than one Start activity."));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var connection in definition.Root.Connections)
        {
            if (!keys.Add(connection.Key))
            {
                errors.Add(new("DuplicateConnection", $"Connection {connection.Key} is there twice: its target would run twice.", connection.Source.Activity));
            }
            if (!nodes.TryGetValue(connection.Source.Activity, out var source))
            {
                errors.Add(new("DanglingConnection", $"Connection {connection.Key} starts at unknown activity '{connection.Source.Activity}'.", connection.Source.Activity));
            }
            else if (source.Descriptor is { } d && !d.OutcomesOf(source.Node).Contains(connection.Source.Outcome))
            {
                errors.Add(new("UnknownOutcome", $"Activity '{source.Node.Id}' ({d.Type}) has no outcome '{connection.Source.Outcome}'.", source.Node.Id));
            }
            if (!nodes.ContainsKey(connection.Target.Activity))
            {
                errors.Add(new("DanglingConnection", $"Connection {connection.Key} ends at unknown activity '{connection.Target.Activity}'.", connection.Target.Activity));
            }
        }
        ValidateFanOut(definition, errors);
        foreach (var rule in rules) errors.AddRange(rule.Validate(definition));
        return errors;
    }

    /// <summary>The error of a definition without a name (a draft needs one too).</summary>
    public static ValidationError MissingName { get; } = new("MissingName", "The definition has no name.");

    /// <summary>A Fork's branches and the connections leaving one activity are capped: each is a unit of work per run.</summary>
    private void ValidateFanOut(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var max = _limits.MaxBranches;
        foreach (var node in definition.Root.Activities)
        {
            if (node.Type == "Fork" && node.Inputs?.GetValueOrDefault("Branches") is { Syntax: ExpressionSyntax.Literal, Value: JsonArray branches }
                && branches.Count > max)
            {
                errors.Add(new("TooManyBranches", $"Fork '{node.Id}' has {branches.Count} branches; at most {max} are allowed (Limits.MaxBranches).", node.Id, "Branches"));
            }
        }
        foreach (var group in definition.Root.Connections.GroupBy(c => c.Source.Activity, StringComparer.Ordinal).Where(g => g.Count() > max))
        {
            errors.Add(new("TooManyBranches", $"Activity '{group.Key}' has {group.Count()} outgoing connections; at most {max} are allowed (Limits.MaxBranches).", group.Key));
        }
    }

    /// <summary>A definition may lower the engine's execution budget, not raise it: long loops continue in the background instead.</summary>
    private void ValidateBudget(ExecutionBudget? budget, List<ValidationError> errors)
    {
        if (budget?.MaxActivities is { } activities && (activities <= 0 || activities > _limits.MaxActivitiesPerBurst))
        {
            errors.Add(new("InvalidBudget", $"options.executionBudget.maxActivities must be between 1 and {_limits.MaxActivitiesPerBurst} (Limits.MaxActivitiesPerBurst), not {activities}; set allowLongLoops to run longer in the background."));
        }
        if (budget?.MaxDuration is { } duration && (duration <= TimeSpan.Zero || duration > _limits.MaxBurstDuration))
        {
            errors.Add(new("InvalidBudget", $"options.executionBudget.maxDuration must be positive and at most {_limits.MaxBurstDuration} (Limits.MaxBurstDuration), not {duration}; set allowLongLoops to run longer in the background."));
        }
    }

    private void ValidateInputs(ActivityNode node, ActivityDescriptor descriptor, HashSet<string> variables, List<ValidationError> errors)
    {
        var inputs = node.Inputs ?? [];
        foreach (var name in inputs.Keys.Where(k => !descriptor.Inputs.Any(i => i.Name == k)))
        {
            errors.Add(new("UnknownInput", $"Activity '{node.Id}' ({descriptor.Type}) has no input '{name}'.", node.Id, name));
        }
        foreach (var input in descriptor.Inputs)
        {
            var expression = inputs.GetValueOrDefault(input.Name);
            if (expression is null || (expression.Syntax == ExpressionSyntax.Literal && IsEmpty(expression.Value)))
            {
                if (input.Required && input.Default is null)
                {
                    errors.Add(new("MissingInput", $"Activity '{node.Id}' needs input '{input.Name}'.", node.Id, input.Name));
                }
                continue;
            }
            if (!input.Syntaxes.Contains(expression.Syntax))
            {
                errors.Add(new("SyntaxNotAllowed", $"Input '{input.Name}' of activity '{node.Id}' does not accept {expression.Syntax} expressions.", node.Id, input.Name));
                continue;
            }
            if (expression.Syntax == ExpressionSyntax.Literal && LiteralProblem(expression.Value, input.Property.PropertyType) is { } literalProblem)
            {
                errors.Add(new("InvalidLiteral", $"Input '{input.Name}' of activity '{node.Id}' {literalProblem}", node.Id, input.Name));
                continue;
            }
            if (expressions.Check(expression) is { } problem)
            {
                errors.Add(new("BadExpression", problem, node.Id, input.Name));
            }
            else if (expression.Syntax == ExpressionSyntax.Variable && !variables.Contains(expression.Text))
            {
                errors.Add(new("UnknownVariable", $"Input '{input.Name}' of activity '{node.Id}' reads undeclared variable '{expression.Text}'.", node.Id, input.Name));
            }
            if (input.UIHint == "code" && expression.Syntax == ExpressionSyntax.Literal
                && expressions.Check(Expression.JavaScript(expression.Text)) is { } scriptProblem)
            {
                errors.Add(new("BadScript", scriptProblem, node.Id, input.Name));
            }
        }
    }

    private static string? LiteralProblem(JsonNode? value, Type type)
    {
        if (value is null || type == typeof(string) || type == typeof(JsonNode)) return null;
        try
        {
            value.Deserialize(type, WorkflowJson.Options);
            return null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return $"cannot take the literal {value.ToJsonString()} as {type.Name}.";
        }
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);
}

using System.Reflection;
using System.Text.RegularExpressions;
using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Reporting;

/// <summary>The step bindings of this assembly as Cucumber step definitions, and which of them a pickle step matches.</summary>
public sealed class StepDefinitions
{
    private readonly List<(StepDefinition Definition, Regex Pattern, PickleStepType? Type)> definitions = [];

    public StepDefinitions(Assembly bindings, IIdGenerator ids)
        : this(bindings.GetTypes().Where(t => t.GetCustomAttribute<BindingAttribute>() is not null), ids)
    {
    }

    /// <summary>The step definitions of the given binding classes.</summary>
    public StepDefinitions(IEnumerable<Type> bindingClasses, IIdGenerator ids)
    {
        var methods = bindingClasses
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
        foreach (var method in methods)
        {
            foreach (var step in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
            {
                var type = step switch { GivenAttribute => PickleStepType.CONTEXT, WhenAttribute => PickleStepType.ACTION, ThenAttribute => PickleStepType.OUTCOME, _ => (PickleStepType?)null };
                var reference = new SourceReference($"tests/Amsp.Specs/Steps/{method.DeclaringType!.Name}.cs",
                    new JavaMethod(method.DeclaringType.FullName, method.Name, [.. method.GetParameters().Select(p => p.ParameterType.Name)]), null, null);
                var definition = new StepDefinition(ids.GetNewId(), new StepDefinitionPattern(step.Regex, StepDefinitionPatternType.REGULAR_EXPRESSION), reference);
                // SpecFlow anchors every pattern at both ends.
                definitions.Add((definition, new Regex($"^(?:{step.Regex})$", RegexOptions.CultureInvariant), type));
            }
        }
    }

    public IEnumerable<Envelope> Messages => definitions.Select(d => Envelope.Create(d.Definition));

    /// <summary>The definitions a step matches, by text and kind (Given, When, Then), as SpecFlow matches them.</summary>
    public List<string> Matching(PickleStep step) =>
        [.. definitions.Where(d => (d.Type is null || d.Type == step.Type) && d.Pattern.IsMatch(step.Text)).Select(d => d.Definition.Id)];

    /// <summary>
    /// The steps of a pickle that cannot run, each with its text: undefined (no binding) or ambiguous (several). SpecFlow
    /// itself reports only "No matching step definition found for one or more steps", without saying which.
    /// </summary>
    public List<string> Unrunnable(Pickle pickle) =>
        [.. pickle.Steps.Select(s => (s.Text, Count: Matching(s).Count)).Where(s => s.Count != 1)
            .Select(s => $"{(s.Count == 0 ? "undefined" : "ambiguous")} step \"{s.Text}\"")];
}

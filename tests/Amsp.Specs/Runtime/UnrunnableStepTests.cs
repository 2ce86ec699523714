using Amsp.Specs.Reporting;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Runtime;

/// <summary>
/// The check that fails a scenario before its first step names every step that cannot run, undefined or ambiguous,
/// by its text; the bindings here are not marked [Binding], so SpecFlow itself never sees them.
/// </summary>
public sealed class UnrunnableStepTests
{
    [Fact]
    public void Undefined_and_ambiguous_steps_are_named_by_their_text()
    {
        var definitions = new StepDefinitions([typeof(Bindings)], new IncrementingIdGenerator());

        var problems = definitions.Unrunnable(Pickle("""
            Feature: Probe
              Scenario: Three steps
                Given a bound step
                When a step nobody bound
                Then a step bound twice
            """));

        Assert.Equal(["undefined step \"a step nobody bound\"", "ambiguous step \"a step bound twice\""], problems);
    }

    [Fact]
    public void A_step_matches_only_as_a_whole_and_of_its_kind()
    {
        var definitions = new StepDefinitions([typeof(Bindings)], new IncrementingIdGenerator());

        var problems = definitions.Unrunnable(Pickle("""
            Feature: Probe
              Scenario: Near misses
                Given a bound step too
                Then a bound step
            """));

        Assert.Equal(["undefined step \"a bound step too\"", "undefined step \"a bound step\""], problems);
    }

    private static Pickle Pickle(string feature)
    {
        var ids = new IncrementingIdGenerator();
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(new Parser().Parse(new StringReader(feature)), "probe.feature");
        return Assert.Single(new PickleCompiler(ids).Compile(document));
    }

    private static class Bindings
    {
        [Given("a bound step")]
        public static void Bound() { }

        [Then("a step bound twice")]
        public static void Once() { }

        [Then(@"a step bound tw\w+")]
        public static void Twice() { }
    }
}

using System.Globalization;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Runtime;

/// <summary>
/// An undefined step fails its scenario with the step's text, under this project's <c>specflow.json</c>. SpecFlow's
/// default would only mark it inconclusive, which xUnit reports as passed. The scenario runs on SpecFlow's runtime the
/// way a generated feature class drives it, for an assembly that binds no steps and no hooks (Gherkin's, which sits
/// beside this one), so it starts no host and writes nothing into the run's report.
/// </summary>
public sealed class UndefinedStepTests
{
    [Fact]
    public void An_unbound_step_fails_the_scenario_with_its_text()
    {
        var runner = TestRunnerManager.GetTestRunner(typeof(Gherkin.Parser).Assembly);
        runner.OnFeatureStart(new FeatureInfo(new CultureInfo("en"), "Runtime", "Undefined steps", null, ProgrammingLanguage.CSharp, []));
        try
        {
            runner.OnScenarioInitialize(new ScenarioInfo("A step nobody bound", null, [], null));
            runner.OnScenarioStart();
            runner.When("the customer orders a part nobody can bind", null, null, "When ");

            var error = Assert.ThrowsAny<Exception>(runner.CollectScenarioErrors);

            Assert.Equal(ScenarioExecutionStatus.UndefinedStep, runner.ScenarioContext.ScenarioExecutionStatus);
            Assert.IsType<MissingStepDefinitionException>(error);
        }
        finally
        {
            runner.OnScenarioEnd();
            runner.OnFeatureEnd();
        }
    }
}

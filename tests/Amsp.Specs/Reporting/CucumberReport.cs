using Cucumber.Messages;
using Io.Cucumber.Messages.Types;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Reporting;

/// <summary>
/// Writes the run as Cucumber Messages from SpecFlow's hooks (SpecFlow 3.9 writes none): the documents and pickles of
/// every feature and the step definitions first, then each scenario as a test case with its steps' status and duration
/// (<see cref="ScenarioRun"/>), then the run's end. <c>report.sh</c> renders the file as HTML.
/// </summary>
[Binding]
public sealed class CucumberReport(ScenarioContext scenario, FeatureContext feature)
{
    private static MessageFile? stream;
    private static FeatureDocuments? documents;
    private static StepDefinitions? definitions;
    private static string testRunStartedId = "";
    private static int failures;

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    [BeforeTestRun(Order = int.MinValue)]
    public static void RunStarted()
    {
        stream = new MessageFile(MessageFile.DefaultPath());
        documents = new FeatureDocuments(typeof(CucumberReport).Assembly, stream.Ids);
        definitions = new StepDefinitions(typeof(CucumberReport).Assembly, stream.Ids);
        testRunStartedId = stream.Ids.GetNewId();
        stream.Write([Envelope.Create(MessageFile.Meta()), .. documents.Documents, .. definitions.Messages,
            Envelope.Create(new TestRunStarted(Converters.ToTimestamp(Now), testRunStartedId))]);
    }

    [BeforeScenario(Order = int.MinValue)]
    public void ScenarioStarted()
    {
        var info = scenario.ScenarioInfo;
        var pickle = documents?.Find(feature.FeatureInfo.Title, info.Title, info.Arguments.Values.Cast<object>().Select(v => v.ToString()!))
            ?? throw new InvalidOperationException($"The scenario '{info.Title}' of '{feature.FeatureInfo.Title}' is in no feature file the report read.");
        var run = new ScenarioRun(pickle, Now);
        scenario.Set(run);
        // Fails the scenario before its first step, so that its error names the steps (SpecFlow's does not).
        var unrunnable = definitions!.Unrunnable(pickle);
        if (unrunnable.Count > 0)
        {
            run.Unrunnable = true;
            throw new InvalidOperationException($"The scenario '{info.Title}' cannot run: {string.Join("; ", unrunnable)}.");
        }
    }

    [BeforeStep(Order = int.MinValue)]
    public void StepStarted() => scenario.Get<ScenarioRun>().StepStarted(Now);

    [AfterStep(Order = int.MaxValue)]
    public void StepFinished() => scenario.Get<ScenarioRun>().StepFinished(scenario.TestError);

    [AfterScenario(Order = int.MaxValue)]
    public void ScenarioFinished()
    {
        if (stream is null || definitions is null || !scenario.TryGetValue(out ScenarioRun run))
        {
            return;
        }
        if (scenario.ScenarioExecutionStatus != ScenarioExecutionStatus.OK)
        {
            Interlocked.Increment(ref failures);
        }
        stream.Write(run.Messages(definitions, testRunStartedId, scenario.TestError, stream.Ids.GetNewId, Now).ToList());
    }

    [AfterTestRun(Order = int.MaxValue)]
    public static void RunFinished()
    {
        stream?.Write([Envelope.Create(new TestRunFinished(null, failures == 0, Converters.ToTimestamp(Now), null, testRunStartedId))]);
        stream?.Dispose();
        stream = null;
    }
}

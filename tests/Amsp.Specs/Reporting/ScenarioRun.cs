using System.Diagnostics;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;
using MessageException = Io.Cucumber.Messages.Types.Exception;

namespace Amsp.Specs.Reporting;

/// <summary>One scenario (one pickle) as it runs: when each step started, how long it took and how it ended.</summary>
public sealed class ScenarioRun(Pickle pickle, DateTime started)
{
    private readonly List<(DateTime Started, Stopwatch Clock, TestStepResult? Result)> steps = [];

    /// <summary>Set when the scenario was failed before its first step because some of its steps cannot run.</summary>
    public bool Unrunnable { get; set; }

    public void StepStarted(DateTime now) => steps.Add((now, Stopwatch.StartNew(), null));

    public void StepFinished(System.Exception? error)
    {
        var (at, clock, _) = steps[^1];
        steps[^1] = (at, clock, Result(clock.Elapsed, error is null ? TestStepResultStatus.PASSED : TestStepResultStatus.FAILED, error));
    }

    /// <summary>
    /// The scenario's messages. Steps SpecFlow never reached are undefined or ambiguous when they match no binding or
    /// several, else skipped, except the first of them when the scenario stopped there on an error (a hook or that step).
    /// </summary>
    public IEnumerable<Envelope> Messages(StepDefinitions definitions, string testRunStartedId, System.Exception? error, Func<string> id, DateTime finished)
    {
        var testSteps = pickle.Steps.Select(s => new TestStep(null, id(), s.Id, definitions.Matching(s), [])).ToList();
        var testCase = new TestCase(id(), pickle.Id, testSteps, testRunStartedId);
        var startedId = id();
        yield return Envelope.Create(pickle);
        yield return Envelope.Create(testCase);
        yield return Envelope.Create(new TestCaseStarted(0, startedId, testCase.Id, Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture), Converters.ToTimestamp(started)));
        var stopped = false;
        for (var i = 0; i < testSteps.Count; i++)
        {
            var (at, clock, result) = i < steps.Count ? steps[i] : (finished, new Stopwatch(), null);
            if (result is null)
            {
                result = testSteps[i].StepDefinitionIds.Count == 0 ? Result(clock.Elapsed, TestStepResultStatus.UNDEFINED, null)
                    : testSteps[i].StepDefinitionIds.Count > 1 ? Result(clock.Elapsed, TestStepResultStatus.AMBIGUOUS, null)
                    : stopped || Unrunnable ? Result(TimeSpan.Zero, TestStepResultStatus.SKIPPED, null)
                    : error is not null ? Result(clock.Elapsed, TestStepResultStatus.FAILED, error)
                    : Result(clock.Elapsed, TestStepResultStatus.SKIPPED, null);
                stopped = true;
            }
            stopped |= result.Status != TestStepResultStatus.PASSED;
            yield return Envelope.Create(new TestStepStarted(startedId, testSteps[i].Id, Converters.ToTimestamp(at)));
            yield return Envelope.Create(new TestStepFinished(startedId, testSteps[i].Id, result,
                Converters.ToTimestamp(at + clock.Elapsed)));
        }
        yield return Envelope.Create(new TestCaseFinished(startedId, Converters.ToTimestamp(finished), false));
    }

    private static TestStepResult Result(TimeSpan duration, TestStepResultStatus status, System.Exception? error) =>
        new(Converters.ToDuration(duration), error?.Message, status,
            error is null ? null : new MessageException(error.GetType().FullName, error.Message, error.StackTrace));
}

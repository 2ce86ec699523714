using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Specs.Support;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// Time passing, in features tagged <c>@clock</c> or <c>@printers</c>: the host's fake clock moves on and its due timers fire, as the
/// scheduler would fire them after the same wait. This is the one step that reaches past HTTP, because time is no client.
/// </summary>
[Binding]
public sealed class ClockSteps(Actors actors, Journey journey)
{
    private FakeClockHostFixture Host => actors.Host as FakeClockHostFixture
        ?? throw new InvalidOperationException("Time passes only in a feature tagged @clock or @printers.");

    [Then(@"^the quotes are valid for (\d+) days$")]
    public void ValidFor(int days) =>
        Assert.All(journey.CurrentOrder.Offered(), q => Assert.Equal(Host.Clock.GetUtcNow().AddDays(days), q.GetProperty("validUntil").GetDateTimeOffset()));

    [Given(@"^(\d+) (?:more )?days? pass(?:es)?$")]
    [When(@"^(\d+) (?:more )?days? pass(?:es)?$")]
    public async Task DaysPass(int days)
    {
        // Off SpecFlow's synchronization context, which pumps only while a step runs: the fake clock fires the host's
        // timers on the thread that advances it, and a background service's tick resumed from there would be queued to
        // that context and never run after the step, so the service could not stop until the host's shutdown timeout.
        await Task.Run(async () =>
        {
            Host.Clock.Advance(TimeSpan.FromDays(days));
            await Host.Services.GetRequiredService<WorkflowRuntime>().ProcessDueTimersAsync();
        });
        // Sign-in tokens last an hour of the same clock.
        actors.SignOutEveryone();
    }
}

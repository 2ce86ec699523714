using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Production;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Support;

/// <summary>
/// One real host per feature, in-process on a fresh SQLite file with the demo data (the functional tests' fixture):
/// the scenarios of a feature share it, as each makes its own orders. A feature tagged <c>@clock</c> gets the host on a
/// fake clock whose timers fire only when a step lets time pass, so expiry runs without waiting. A feature tagged
/// <c>@printers</c> gets the production tests' host: the same fake clock, and the demo AM centre's virtual printers
/// served on loopback, which the platform reaches over real HTTP and polls when a step lets the printers work.
/// </summary>
[Binding]
public static class FeatureHost
{
    private const string Key = "amsp.host";

    [BeforeFeature]
    public static void Start(FeatureContext feature)
    {
        var tags = feature.FeatureInfo.Tags;
        AmspHostFixture host;
        if (tags.Contains("printers"))
        {
            var production = new ProductionHostFixture();
            // The printers' server starts first: the host is built with its address. Off SpecFlow's synchronization
            // context, as in Stop.
            Task.Run(((IAsyncLifetime)production).InitializeAsync).GetAwaiter().GetResult();
            host = production;
        }
        else
        {
            host = tags.Contains("clock") ? new ManualTimersHostFixture() : new AmspHostFixture();
        }
        feature.Set(host, Key);
    }

    [AfterFeature]
    public static void Stop(FeatureContext feature)
    {
        if (feature.TryGetValue(Key, out AmspHostFixture host))
        {
            // Off SpecFlow's own synchronization context, which runs async hooks on one thread: the host's shutdown
            // continuations would queue behind the hook that waits for them until the shutdown timeout cancels it.
            Task.Run(() => host is IAsyncLifetime lifetime ? lifetime.DisposeAsync() : host.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }
    }

    public static AmspHostFixture Of(FeatureContext feature) => feature.Get<AmspHostFixture>(Key);
}

using Amsp.Host.Tests.Infrastructure;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Support;

/// <summary>
/// One real host per feature, in-process on a fresh SQLite file with the demo data (the functional tests' fixture):
/// the scenarios of a feature share it, as each makes its own orders. A feature tagged <c>@clock</c> gets the host on a
/// fake clock whose timers fire only when a step lets time pass, so expiry runs without waiting.
/// </summary>
[Binding]
public static class FeatureHost
{
    private const string Key = "amsp.host";

    [BeforeFeature]
    public static void Start(FeatureContext feature)
    {
        AmspHostFixture host = feature.FeatureInfo.Tags.Contains("clock") ? new ManualTimersHostFixture() : new AmspHostFixture();
        feature.Set(host, Key);
    }

    [AfterFeature]
    public static void Stop(FeatureContext feature)
    {
        if (feature.TryGetValue(Key, out AmspHostFixture host))
        {
            // Off SpecFlow's own synchronization context, which runs async hooks on one thread: the host's shutdown
            // continuations would queue behind the hook that waits for them until the shutdown timeout cancels it.
            Task.Run(() => host.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }
    }

    public static AmspHostFixture Of(FeatureContext feature) => feature.Get<AmspHostFixture>(Key);
}

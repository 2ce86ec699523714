using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>The real host, Quartz included, on a fake clock: timers and triggers fire when a test advances it.</summary>
public class FakeClockHostFixture : AmspHostFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

/// <summary>
/// The host on a fake clock with timers fired only when a test asks the runtime for due timers, so time-driven
/// paths run deterministically without Quartz's thread.
/// </summary>
public class ManualTimersHostFixture : FakeClockHostFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IWorkflowScheduler, ManualWorkflowScheduler>()));
    }
}

using Amsp.Host.Platform.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Tests.Platform;

public sealed class GeometryWarmUpTests
{
    [Fact]
    public void A_pass_runs_the_order_geometry_on_a_closed_ring()
    {
        // Torus volume 2π²·R·r² for R = 20, r = 6; the 40 × 20 polygon ring is a little smaller.
        var exact = 2 * Math.PI * Math.PI * 20 * 36;

        var volume = GeometryWarmUp.Run(GeometryWarmUp.Ring());

        Assert.InRange(volume, exact * 0.96, exact);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task The_warm_up_runs_once_after_start_unless_switched_off(bool on, int logged)
    {
        var logger = new FakeLogger<GeometryWarmUp>(new FakeLogCollector(Options.Create(new FakeLogCollectorOptions())));
        using var warmUp = new GeometryWarmUp(Options.Create(new ModelOptions { WarmUp = on }), logger);

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.ExecuteTask!;

        var done = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Debug).Select(r => r.Message).ToList();
        Assert.Equal(logged, done.Count);
        if (on)
        {
            Assert.StartsWith($"Geometry warmed up: {GeometryWarmUp.Passes} passes", done[0], StringComparison.Ordinal);
        }
    }
}

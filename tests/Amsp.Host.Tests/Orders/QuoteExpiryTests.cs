using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Orders;

public sealed class QuoteExpiryTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>
{
    [Fact]
    public async Task Quotes_expire_at_the_earliest_valid_until_on_the_clock()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("bracket.stl");
        Assert.Equal("Quoted", order.Status());
        var validUntil = order.Offered()[0].GetProperty("validUntil").GetDateTimeOffset();
        Assert.Equal(host.Clock.GetUtcNow().AddDays(14), validUntil);

        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        host.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(0, await runtime.ProcessDueTimersAsync());
        // Tokens last an hour of the same clock: sign in again after each jump.
        using (var later = await host.CreateClientAsAsync(AmspRoles.Customer))
        {
            Assert.Equal("Quoted", (await later.GetJsonAsync($"/api/orders/{order.Number()}")).Status());
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await runtime.ProcessDueTimersAsync());
        using var last = await host.CreateClientAsAsync(AmspRoles.Customer);
        var expired = await last.GetJsonAsync($"/api/orders/{order.Number()}");
        Assert.Equal("Expired", expired.Status());
        Assert.Equal("Expired", expired.GetProperty("quotes")[0].GetProperty("status").GetString());
    }
}

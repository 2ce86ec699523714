using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Microsoft.AspNetCore.Hosting;

namespace Amsp.Host.Tests.Integration.Machine;

/// <summary>The host with a small bucket: two requests, then one an hour.</summary>
public sealed class TightRateLimitHostFixture : AmspHostFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:Erp:RateLimit:BurstLimit", "2");
        builder.UseSetting("Amsp:Erp:RateLimit:RequestsPerPeriod", "1");
        builder.UseSetting("Amsp:Erp:RateLimit:Period", "01:00:00");
    }
}

public sealed class RateLimitTests(TightRateLimitHostFixture host) : IClassFixture<TightRateLimitHostFixture>
{
    [Fact]
    public async Task Each_machine_client_has_its_own_bucket_and_people_have_none()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var number = (await acme.OrderSampleAsync("bracket.stl")).Number();
        using var first = await host.CreateAcmeMachineAsync("orders.read");
        using var second = await host.CreateAcmeMachineAsync("orders.read");

        await first.GetJsonAsync($"/api/erp/orders/{number}");
        await first.GetJsonAsync($"/api/erp/orders/{number}");
        using var refused = await first.GetAsync($"/api/erp/orders/{number}");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);

        // Another client of the same organization, and a person on the same endpoint, are not held back by it.
        await second.GetJsonAsync($"/api/erp/orders/{number}");
        for (var i = 0; i < 4; i++)
        {
            await acme.GetJsonAsync($"/api/erp/orders/{number}");
        }
    }
}

using System.Net;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// In Development the host serves the demo centre's virtual printers itself: they answer OctoPrint's API to their own
/// key (the platform's sign-in does not apply to them) and refuse anyone without it, as OctoPrint does.
/// </summary>
public sealed class ServedVirtualPrintersTests(ServedVirtualPrintersTests.Host host) : IClassFixture<ServedVirtualPrintersTests.Host>
{
    public sealed class Host : AmspHostFixture
    {
        public const string Key = "served-printers-test-key";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:VirtualPrinters:Serve", "true");
            builder.UseSetting("Amsp:VirtualPrinters:ApiKey", Key);
        }
    }

    [Theory]
    [InlineData("mex-1")]
    [InlineData("mex-2")]
    [InlineData("sls-1")]
    public async Task Each_demo_printer_answers_to_its_key_and_refuses_without_it(string printer)
    {
        using var client = host.CreateClient();
        using var keyed = new HttpRequestMessage(HttpMethod.Get, $"/virtual-printers/{printer}/api/printer");
        keyed.Headers.Add("X-Api-Key", Host.Key);
        using var answer = await client.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("\"state\"", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/virtual-printers/{printer}/api/printer")).StatusCode);
    }
}

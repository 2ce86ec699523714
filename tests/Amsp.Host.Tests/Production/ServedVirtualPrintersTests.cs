using System.Net;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// A Development host serves the demo centre's virtual printers itself, and its printer connector reaches them with
/// their API key and no user's sign-in: the platform's sign-in policy must not answer for them.
/// </summary>
public sealed class ServedVirtualPrintersTests : IClassFixture<ServedVirtualPrintersTests.Host>
{
    public const string ApiKey = "served-printers-test-key";

    private readonly Host _host;

    public ServedVirtualPrintersTests(Host host) => _host = host;

    public sealed class Host : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:VirtualPrinters:Serve", "true");
            builder.UseSetting("Amsp:VirtualPrinters:ApiKey", ApiKey);
        }
    }

    [Fact]
    public async Task The_printers_answer_their_api_key_without_a_sign_in()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/virtual-printers/mex-1/api/version");
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("AMSP virtual printer", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_key_is_refused_by_the_printer_not_by_the_platform_sign_in()
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/virtual-printers/mex-1/api/version");
        request.Headers.Add("X-Api-Key", "not-the-key");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(response.Headers.WwwAuthenticate);
    }
}

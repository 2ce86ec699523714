using System.Globalization;
using System.Net.Http.Json;
using Amsp.Host.Platform.Production;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Integration.Printers.Virtual;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// The host on a fake clock with the demo AM centre's three virtual printers served by a separate Kestrel server on
/// loopback, on the same clock: the platform reaches them over real HTTP as it would reach OctoPrint. Printers are
/// polled when a test calls <see cref="PollAsync"/>; timers fire when it asks the runtime.
/// </summary>
public class ProductionHostFixture : FakeClockHostFixture, IAsyncLifetime
{
    private WebApplication? printers;

    public string ApiKey { get; } = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());

    public Uri PrintersUrl { get; private set; } = null!;

    public string CarrierSecret { get; } = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddVirtualPrinters(VirtualPrinterHosting.DemoFarm(ApiKey, 600));
        printers = builder.Build();
        printers.MapVirtualPrinters(VirtualPrinterServer.Prefix);
        await printers.StartAsync();
        PrintersUrl = new Uri(printers.Urls.First() + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:VirtualPrinters:Url", PrintersUrl.ToString());
        builder.UseSetting("Amsp:VirtualPrinters:ApiKey", ApiKey);
        // The connectors' retry delays run on the platform clock, which only the test moves: a retry would wait for
        // ever. The connector's retries are tested on their own; here a failed call is final.
        builder.UseSetting("Amsp:Printers:Connector:Retries", "0");
        builder.UseSetting("Amsp:Carriers:CallbackSecret", CarrierSecret);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IWorkflowScheduler, ManualWorkflowScheduler>()));
    }

    /// <summary>One round over every centre's printers, as the polling job does.</summary>
    public Task PollAsync() => Services.GetRequiredService<PrinterFleet>().PollAllAsync(CancellationToken.None);

    /// <summary>
    /// Moves the clock and polls until order <paramref name="number"/> is printed: neither Printing nor still Accepted
    /// (an acceptance that met the instance while its quoting run committed is retried on the clock these rounds move,
    /// so the dispatch may come in the first round).
    /// </summary>
    public Task PrintUntilPrintedAsync(HttpClient client, string number) =>
        PrintUntilAsync(async () => (await client.OrderAsync(number)).Status() is not ("Accepted" or "Printing"));

    /// <summary>Moves the clock and polls, until <paramref name="done"/> or the rounds run out.</summary>
    public async Task PrintUntilAsync(Func<Task<bool>> done, int rounds = 40)
    {
        for (var i = 0; i < rounds && !await done(); i++)
        {
            await PollAsync();
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>Injects a fault into a virtual printer through its admin endpoint.</summary>
    public async Task FaultAsync(string printer, object faults)
    {
        using var http = new HttpClient { BaseAddress = PrintersUrl };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        using var response = await http.PostAsJsonAsync($"virtual-printers/{printer}/admin/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (printers is not null)
        {
            await printers.DisposeAsync();
        }
    }

    public static string Mm(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

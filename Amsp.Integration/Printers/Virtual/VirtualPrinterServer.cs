using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>A standalone farm of virtual printers on Kestrel, loopback only (amsp printer-sim).</summary>
public static class VirtualPrinterServer
{
    public const string Prefix = "/virtual-printers";

    /// <summary>
    /// Serves printers virtual-1..count on 127.0.0.1:port (0 picks a free port), each at the given speed and API key,
    /// until cancelled; prints their base URLs (to output, else Console.Out) once listening.
    /// </summary>
    /// <exception cref="ArgumentException">A port, speed, count or key out of range.</exception>
    public static async Task RunAsync(int port, double speed, int count, string apiKey, CancellationToken ct, TextWriter? output = null)
    {
        await using var app = Build(port, speed, count, apiKey);
        await app.StartAsync(ct);
        output ??= Console.Out;
        foreach (var url in BaseUrls(app))
        {
            await output.WriteLineAsync(url);
        }
        await output.FlushAsync(ct);
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or the caller's token: a normal stop.
        }
        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>The web application behind <see cref="RunAsync"/>, not started; tests start it to read its port.</summary>
    public static WebApplication Build(int port, double speed, int count, string apiKey)
    {
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port must be 0..65535, not {port}.", nameof(port));
        }
        if (count is < 1 or > 100)
        {
            throw new ArgumentException($"--count must be 1..100, not {count}.", nameof(count));
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < count; i++)
        {
            settings[$"Printers:{i}:Name"] = $"virtual-{i + 1}";
            settings[$"Printers:{i}:ApiKey"] = apiKey;
            settings[$"Printers:{i}:Speed"] = speed.ToString(CultureInfo.InvariantCulture);
        }
        var options = new VirtualPrinterFarmOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().Bind(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem.Replace("Virtual printer 'virtual-1'", "--speed/--api-key", StringComparison.Ordinal));
        }
        builder.Services.AddVirtualPrinters(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        // Uploads are limited by the farm, before Kestrel's default 30 MB body limit would cut them.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        app.MapVirtualPrinters(Prefix);
        return app;
    }

    /// <summary>Each printer's base URL, as connectors take it (PrinterEndpoint.BaseUrl).</summary>
    public static IReadOnlyList<string> BaseUrls(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return [.. app.Services.GetRequiredService<VirtualPrinterFarm>().Printers.Select(p => $"{address.TrimEnd('/')}{Prefix}/{p.Name}/")];
    }
}

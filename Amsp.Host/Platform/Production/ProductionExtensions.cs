using Amsp.Activities.Services;
using Amsp.Integration.Printers;
using Amsp.Integration.Slicing;

namespace Amsp.Host.Platform.Production;

public static class ProductionExtensions
{
    /// <summary>
    /// Printing and what follows: printer connectors and their addresses, the virtual printers (served by this host in
    /// Development), the slicer with its limits, the printer fleet and its polling, and the public links on documents.
    /// </summary>
    public static IServiceCollection AddAmspProduction(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddPrinterConnectors();
        // Timeouts and retries of the controllers' HTTP clients (Amsp:Printers:Connector), on the platform's clock.
        services.AddOptions<PrinterConnectorOptions>().BindConfiguration(PrinterPollingOptions.Section + ":Connector");
        services.AddSlicing();
        services.AddAmspVirtualPrinters(configuration, environment);
        services.AddOptions<SlicingOptions>().BindConfiguration(SlicingOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MemoryBytes >= 64L << 20, "Amsp:Slicing: Timeout must be positive and MemoryBytes at least 64 MiB.")
            .ValidateOnStart();
        services.AddOptions<PrinterPollingOptions>().BindConfiguration(PrinterPollingOptions.Section)
            .Validate(o => o.PollInterval >= TimeSpan.Zero, "Amsp:Printers:PollInterval must not be negative.").ValidateOnStart();
        services.AddOptions<PlatformLinks>().Configure<IConfiguration>((links, config) =>
        {
            if (config["Amsp:PublicUrl"] is { Length: > 0 } url)
            {
                links.PublicUrl = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? uri : throw new InvalidOperationException($"Amsp:PublicUrl must be an absolute http(s) address, not '{url}'.");
            }
        });
        services.AddOptions<CarrierOptions>().BindConfiguration(CarrierOptions.Section);
        services.AddScoped<JobFiles>();
        services.AddSingleton<PrinterFleet>();
        services.AddSingleton<ProductionMetrics>();
        services.AddHostedService<PrinterPollScheduling>();
        return services;
    }
}

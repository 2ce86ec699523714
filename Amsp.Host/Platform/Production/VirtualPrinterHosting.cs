using System.Security.Cryptography;
using Amsp.Domain.Catalog;
using Amsp.Host.Platform.Catalog;
using Amsp.Host.Platform.Demo;
using Amsp.Integration.Printers;
using Amsp.Integration.Printers.Virtual;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Production;

/// <summary>The platform's virtual printers (<c>Amsp:VirtualPrinters</c>).</summary>
public sealed class VirtualPrintersOptions
{
    public const string Section = "Amsp:VirtualPrinters";

    /// <summary>Serve the demo AM centre's virtual printers from this host. Default: in Development only.</summary>
    public bool? Serve { get; set; }

    /// <summary>Where printers of controller kind Virtual are reached; default this host's own address.</summary>
    public Uri? Url { get; set; }

    /// <summary>How many times faster than their G-code's estimate the served printers print. Default 600 (an hour in 6 s).</summary>
    public double Speed { get; set; } = 600;

    /// <summary>API key of the virtual printers; default a random one made at start (the host is the only client).</summary>
    public string? ApiKey { get; set; }
}

/// <summary>
/// A printer's controller address. For controller kind Virtual, <c>BaseUrl</c> is the virtual printer's name, reached
/// under <c>/virtual-printers/</c> at <see cref="VirtualPrintersOptions.Url"/> or at this host's own HTTP address: the
/// connector then speaks real HTTP to it, as to any OctoPrint.
/// </summary>
public sealed class PrinterAddresses(IOptions<VirtualPrintersOptions> options, IServer server, IDataProtectionProvider protection)
{
    public PrinterEndpoint For(Printer printer)
    {
        ArgumentNullException.ThrowIfNull(printer);
        var key = printer.ProtectedApiKey is { } stored ? protection.CreateProtector(PrinterHandlers.ApiKeyPurpose).Unprotect(stored) : null;
        if (printer.Controller != ControllerKind.Virtual)
        {
            return new PrinterEndpoint(new Uri(printer.BaseUrl ?? throw new PrinterException(PrinterFailure.Protocol, $"Printer {printer.Name} has no base URL.")), key);
        }
        var root = options.Value.Url ?? OwnAddress();
        return new PrinterEndpoint(new Uri(root, $"{VirtualPrinterServer.Prefix.TrimStart('/')}/{Uri.EscapeDataString(printer.BaseUrl ?? "")}/"), key ?? options.Value.ApiKey);
    }

    private Uri OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var http = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault()
            ?? throw new PrinterException(PrinterFailure.Unreachable, "This host has no HTTP address for its virtual printers: set Amsp:VirtualPrinters:Url.");
        var uri = new UriBuilder(http.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
        return new Uri(uri.Uri.GetLeftPart(UriPartial.Authority) + "/");
    }
}

public static class VirtualPrinterHosting
{
    /// <summary>The demo AM centre's printers by their virtual printer names.</summary>
    public static IReadOnlyList<string> DemoNames => DemoData.Printers().Select(p => p.BaseUrl!).ToList();

    /// <summary>The virtual printer farm's configuration for the demo centre's printers, one key and speed for all.</summary>
    public static IConfiguration DemoFarm(string apiKey, double speed)
    {
        var farm = new Dictionary<string, string?>();
        foreach (var (name, i) in DemoNames.Select((n, i) => (n, i)))
        {
            farm[$"Printers:{i}:Name"] = name;
            farm[$"Printers:{i}:ApiKey"] = apiKey;
            farm[$"Printers:{i}:Speed"] = speed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return new ConfigurationBuilder().AddInMemoryCollection(farm).Build();
    }

    public static IServiceCollection AddAmspVirtualPrinters(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(VirtualPrintersOptions.Section).Get<VirtualPrintersOptions>() ?? new VirtualPrintersOptions();
        options.ApiKey ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<PrinterAddresses>();
        if (options.Serve ?? environment.IsDevelopment())
        {
            services.AddVirtualPrinters(DemoFarm(options.ApiKey, options.Speed));
        }
        return services;
    }

    /// <summary>Serves the virtual printers when this host has them (their own API keys guard them, as OctoPrint's do).</summary>
    public static void MapAmspVirtualPrinters(this IEndpointRouteBuilder routes)
    {
        if (routes.ServiceProvider.GetService<VirtualPrinterFarm>() is not null)
        {
            // Their own API key guards them, as OctoPrint's does: the platform's sign-in does not apply.
            routes.MapGroup("").AllowAnonymous().ExcludeFromDescription().MapVirtualPrinters(VirtualPrinterServer.Prefix);
        }
    }
}

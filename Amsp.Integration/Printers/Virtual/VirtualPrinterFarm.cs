using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>The virtual printers by name (case-insensitive), created once from <see cref="VirtualPrinterFarmOptions"/>.</summary>
public sealed class VirtualPrinterFarm : IDisposable
{
    private readonly Dictionary<string, VirtualPrinter> printers;

    public VirtualPrinterFarm(IOptions<VirtualPrinterFarmOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (o.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        MaxUploadBytes = o.MaxUploadBytes;
        printers = o.Printers.ToDictionary(p => p.Name, p => new VirtualPrinter(p, time), StringComparer.OrdinalIgnoreCase);
    }

    public long MaxUploadBytes { get; }

    public IReadOnlyCollection<VirtualPrinter> Printers => printers.Values;

    public VirtualPrinter? Find(string? name) => name is not null && printers.TryGetValue(name, out var p) ? p : null;

    public void Dispose()
    {
        foreach (var printer in printers.Values)
        {
            printer.Dispose();
        }
    }
}

public static class VirtualPrinterServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="VirtualPrinterFarm"/> from a configuration section: either a list of {name, apiKey, speed}, or an
    /// object {printers: [...], maxUploadBytes}. Validated at start. Map the endpoints with MapVirtualPrinters.
    /// </summary>
    public static IServiceCollection AddVirtualPrinters(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<VirtualPrinterFarmOptions>()
            .Configure(o =>
            {
                section.Bind(o);
                if (section.GetChildren().Any(c => int.TryParse(c.Key, out _)))
                {
                    section.Bind(o.Printers);
                }
            })
            .Validate(o => o.Validate() is null, "Virtual printers: each needs a name (letters, digits, '-', '_'), an apiKey and a positive speed; names are unique.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<VirtualPrinterFarm>();
        return services;
    }
}

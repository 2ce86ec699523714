using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Amsp.Integration.Slicing;

public static class SlicingServiceCollectionExtensions
{
    /// <summary>The slicer (<see cref="ISlicer"/> = <see cref="PrusaSlicer"/>), configured by <see cref="PrusaSlicerOptions"/>.</summary>
    public static IServiceCollection AddSlicing(this IServiceCollection services, Action<PrusaSlicerOptions>? configure = null)
    {
        var options = services.AddOptions<PrusaSlicerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.Validate(o => !string.IsNullOrWhiteSpace(o.ExecutablePath) && !string.IsNullOrWhiteSpace(o.PrlimitPath) && o.MaxErrorChars > 0,
            "PrusaSlicer options: ExecutablePath and PrlimitPath are required, MaxErrorChars must be positive.").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISlicer>(sp => new PrusaSlicer(sp.GetRequiredService<IOptions<PrusaSlicerOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}

using Amsp.Activities.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities;

/// <summary>Registration of the AMSP activities' services; the engine finds the activities in this assembly.</summary>
public static class ActivitiesExtensions
{
    public static IServiceCollection AddAmspActivities(this IServiceCollection services)
    {
        services.AddSingleton<ModelMeshes>();
        services.AddSingleton<ModelFingerprints>();
        services.AddSingleton<PricingScripts>();
        return services;
    }
}

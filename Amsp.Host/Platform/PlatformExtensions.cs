using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Catalog;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Orders;
using Amsp.Host.Platform.Production;
using Amsp.Activities;
using Amsp.Host.Platform.Requirements;
using Amsp.Host.Platform.Designs;
using Amsp.Host.Platform.Organizations;
using Amsp.Domain.Models;
using Amsp.Host.Platform.Pipeline;
using Amsp.Domain.Storage;
using Mediator;
using Microsoft.AspNetCore.Authentication;

namespace Amsp.Host.Platform;

/// <summary>The platform's model behind its API: organizations, catalogues, models, requirements, designs.</summary>
public static class PlatformExtensions
{
    public static IServiceCollection AddAmspPlatform(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Caller>();
        services.AddScoped<ResourceAccess>();
        services.AddScoped<IClaimsTransformation, MembershipClaims>();
        services.AddSingleton<IBlobStore>(sp => new FileSystemBlobStore(
            Path.Combine(sp.GetRequiredService<AmspPaths>().EnsureDataDirectory(), "blobs")));
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IModelAnalyzer, GeometryModelAnalyzer>();
        services.AddScoped<ModelLibrary>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<OrderWorkflow>();
        services.AddHostedService<OrderStartRecovery>();
        services.AddHostedService<ModelFingerprintWorker>();
        services.AddAmspActivities();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        return services;
    }

    public static void MapAmspPlatform(this IEndpointRouteBuilder routes)
    {
        routes.MapOrganizationsApi();
        routes.MapModelsApi();
        routes.MapCatalogApi();
        routes.MapRequirementsApi();
        routes.MapDesignsApi();
        routes.MapOrdersApi();
        routes.MapProductionApi();
    }
}

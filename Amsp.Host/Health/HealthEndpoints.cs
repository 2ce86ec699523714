using Amsp.Domain.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Amsp.Host.Health;

public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddAmspHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AmspDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and its database does too.</summary>
    public static IEndpointRouteBuilder MapAmspHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .AllowAnonymous();
        return routes;
    }
}

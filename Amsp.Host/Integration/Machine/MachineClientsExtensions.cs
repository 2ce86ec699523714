using Amsp.Domain.Persistence;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// OAuth 2.0 client credentials for ERP and MES systems (OpenIddict on the platform database): the token endpoint
/// <c>POST /connect/token</c>, the validation of machine tokens on the ERP surface, the per-client rate limit, and the
/// management API of machine clients.
/// </summary>
public static class MachineClientsExtensions
{
    /// <summary>How long an access token lasts: a client asks for a new one with its secret, which is cheap.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    /// <summary>Lets the token endpoint answer over plain HTTP outside Development (behind a proxy that ends TLS).</summary>
    public const string AllowHttpKey = "Amsp:Erp:AllowHttp";

    public static IServiceCollection AddAmspMachineClients(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AmspDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.RegisterScopes([.. ErpScopes.All]);
                o.SetAccessTokenLifetime(TokenLifetime);
                // Access tokens are sealed with ASP.NET Core Data Protection, whose key ring is in the platform database:
                // every node issues and reads the same tokens, across restarts. Only access tokens are ever issued (no
                // identity or refresh tokens), so nothing is signed or encrypted with the keys below; OpenIddict insists
                // on having some, and per-process keys are then harmless. The client row, checked on every request,
                // revokes tokens, so no token rows are stored.
                o.UseDataProtection();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableTokenStorage();
                var aspNet = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (environment.IsDevelopment() || configuration.GetValue<bool>(AllowHttpKey))
                {
                    aspNet.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
        // Token lifetimes and expiry on the platform's clock (a fake one in tests).
        services.AddOptions<OpenIddictCoreOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddOptions<OpenIddictServerOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddOptions<OpenIddictValidationOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddSingleton<IAuthorizationHandler, ErpScopeHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ErpAuthorizationResultHandler>();
        services.AddErpRateLimiting();
        return services;
    }

    public static void MapAmspMachineClients(this IEndpointRouteBuilder routes)
    {
        routes.MapTokenEndpoint();
        routes.MapMachineClientsApi();
    }
}

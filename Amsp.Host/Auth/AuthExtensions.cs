using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace Amsp.Host.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Identity on the platform's database; cookies for the browser, bearer tokens for API clients, and a
    /// fallback policy so that no endpoint is anonymous unless it says so.
    /// </summary>
    public static IServiceCollection AddAmspAuth(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<AmspUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<AmspDbContext>();

        // The browser gets 401/403 from the API, not a redirect to a login page it cannot render.
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "amsp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = ctx => SetStatus(ctx.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => SetStatus(ctx.Response, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddOptions<BootstrapAdminOptions>().BindConfiguration(BootstrapAdminOptions.Section);
        services.AddScoped<IdentitySeeder>();
        return services;
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace Amsp.Host.Integration.Machine;

/// <summary>Marks an endpoint of the ERP surface and the scope a machine client needs for it.</summary>
public sealed record ErpScopeMetadata(string Scope);

/// <summary>A machine client needs <see cref="Scope"/>; people pass (their roles and organizations are checked as everywhere).</summary>
public sealed class ErpScopeRequirement(string scope) : IAuthorizationRequirement
{
    public string Scope { get; } = scope;
}

internal sealed class ErpScopeHandler : AuthorizationHandler<ErpScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ErpScopeRequirement requirement)
    {
        if (!context.User.IsMachine() || context.User.HasErpScope(requirement.Scope))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"This needs the scope {requirement.Scope}."));
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// The ERP surface: endpoints that accept machine clients' access tokens besides people's cookies and bearer tokens.
/// Everywhere else a machine token is not even read (the default scheme knows only people), so it gets 401.
/// </summary>
public static class ErpAuthorization
{
    /// <summary>The schemes of the ERP surface: people's (cookie or bearer) and machine clients' tokens.</summary>
    public static readonly string[] Schemes =
        [IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme];

    /// <summary>
    /// Opens the endpoint (or group) to machine clients holding <paramref name="scope"/>, rate limited per client; people
    /// are let in as before (combine with the endpoint's role checks, e.g. <c>Sends&lt;TRequest&gt;()</c>). A machine
    /// client without the scope gets 403; its organization is its only one, so another's things answer 404.
    /// </summary>
    public static TBuilder RequireErpScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!ErpScopes.All.Contains(scope, StringComparer.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, $"Not an ERP scope; one of {string.Join(", ", ErpScopes.All)}.");
        }
        var policy = new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().AddRequirements(new ErpScopeRequirement(scope)).Build();
        return builder.RequireAuthorization(policy).RequireRateLimiting(ErpRateLimiting.Policy).WithMetadata(new ErpScopeMetadata(scope));
    }
}

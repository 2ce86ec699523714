using Amsp.Host.Platform.Access;
using Microsoft.AspNetCore.Authorization;

namespace Amsp.Host.Platform.Pipeline;

/// <summary>The request type an endpoint sends, for documentation and for the authorization tests.</summary>
public sealed record SendsRequestMetadata(Type RequestType, IReadOnlyList<string> Roles);

/// <summary>
/// An endpoint that shows every organization's things on purpose (the marketplace's catalogue of offered materials):
/// declared, so the authorization tests know it from a leak.
/// </summary>
public sealed record SharedAcrossOrganizationsMetadata;

public static class PlatformEndpoints
{
    /// <summary>Declares that the endpoint shows things of every organization, by design.</summary>
    public static RouteHandlerBuilder SharedAcrossOrganizations(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new SharedAcrossOrganizationsMetadata());

    /// <summary>
    /// Declares that the endpoint sends <typeparamref name="TRequest"/>: callers need one of its roles
    /// (<see cref="AllowedRolesAttribute"/>) in some organization, else 403; the pipeline then checks the
    /// organization of what the request names.
    /// </summary>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder builder)
    {
        if (AnonymousRequestAttribute.IsOn(typeof(TRequest)))
        {
            return builder.AllowAnonymous().WithMetadata(new SendsRequestMetadata(typeof(TRequest), []));
        }
        var roles = AllowedRolesAttribute.Of(typeof(TRequest));
        return builder
            .RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) })
            .WithMetadata(new SendsRequestMetadata(typeof(TRequest), roles))
            .WithDescription($"Roles: {string.Join(", ", roles)}.");
    }
}

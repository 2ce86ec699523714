using System.Security.Claims;
using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// <c>POST /connect/token</c> (client credentials only): OpenIddict has checked the client's secret, its right to the
/// grant and to the scopes asked for; this builds the token's principal from the client's row.
/// </summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/connect/token", IssueAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(HttpContext http, AmspDbContext db, TimeProvider time, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request reached the endpoint without OpenIddict's middleware.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }
        var client = await db.MachineClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId, ct);
        var kind = client is null ? null
            : await db.Organizations.Where(o => o.Id == client.OrganizationId).Select(o => (OrganizationKind?)o.Kind).SingleOrDefaultAsync(ct);
        if (client is null || kind is null)
        {
            return Refuse(Errors.InvalidClient, "The client is unknown or was deleted.");
        }
        var asked = request.GetScopes();
        var scopes = asked.IsDefaultOrEmpty ? [.. client.Scopes] : asked.Intersect(client.Scopes, StringComparer.Ordinal).ToArray();
        var role = kind == OrganizationKind.AmCentre ? AmspRoles.Manufacturer : AmspRoles.Customer;

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName);
        identity.SetClaim(ClaimTypes.NameIdentifier, MachinePrincipal.ActorOf(client.ClientId));
        identity.SetClaim(MachinePrincipal.ClientClaim, client.ClientId);
        identity.SetClaim(MachinePrincipal.IssuedClaim, time.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        identity.SetClaim(Claims.Role, role);
        identity.SetClaim(MembershipClaims.MembershipClaim, MembershipClaims.Format(client.OrganizationId, role));
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

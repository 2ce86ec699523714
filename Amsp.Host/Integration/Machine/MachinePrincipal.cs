using System.Security.Claims;
using Amsp.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// What a machine client's access token says, read back from the request's principal: the client, its organization
/// (as an <c>amsp:membership</c> claim with the role of the organization's kind, so the platform's organization checks
/// apply unchanged), and its scopes.
/// </summary>
public static class MachinePrincipal
{
    /// <summary>The claim naming the machine client; present only on machine principals.</summary>
    public const string ClientClaim = "amsp:client";

    /// <summary>When the token was issued, in UTC ticks (the standard claims keep only seconds).</summary>
    public const string IssuedClaim = "amsp:issued";

    /// <summary>The user id a machine client's changes are recorded under (history, created by).</summary>
    public static string ActorOf(string clientId) => $"erp:{clientId}";

    public static bool IsMachine(this ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == ClientClaim);

    public static string? ClientIdOf(ClaimsPrincipal principal) => principal.FindFirst(ClientClaim)?.Value;

    /// <summary>The organization a machine client acts for; null for a person.</summary>
    public static Guid? OrganizationOf(ClaimsPrincipal principal) =>
        principal.IsMachine() && principal.FindFirst(Platform.Access.MembershipClaims.MembershipClaim) is { } membership
            ? Platform.Access.MembershipClaims.Parse(membership.Value).Organization
            : null;

    public static bool HasErpScope(this ClaimsPrincipal principal, string scope) => principal.HasScope(scope);

    /// <summary>Whether the token still counts: its client exists and its secret was not rotated after the token was issued.</summary>
    public static async Task<bool> IsCurrentAsync(AmspDbContext db, ClaimsPrincipal principal, string clientId)
    {
        var issuedAt = await db.MachineClients.AsNoTracking().Where(c => c.ClientId == clientId)
            .Select(c => (DateTimeOffset?)c.SecretIssuedAt).SingleOrDefaultAsync();
        return issuedAt is { } secretIssued && long.TryParse(principal.FindFirst(IssuedClaim)?.Value, out var ticks) && ticks >= secretIssued.UtcTicks;
    }
}

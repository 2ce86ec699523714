using System.Security.Claims;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Machine;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Access;

/// <summary>
/// Roles come from memberships, read from the database at every authenticated request, so a role granted or
/// taken away counts at once, whatever token or cookie the person holds. The principal gets one role claim per
/// role held anywhere (what role policies check) and one membership claim per organization and role (what the
/// platform's organization checks read). Role claims a token carried are dropped: memberships are the one source.
/// A machine client's token carries its one organization and role itself; it counts only while the client exists and
/// its secret was not rotated after the token was issued.
/// </summary>
internal sealed class MembershipClaims(AmspDbContext db) : IClaimsTransformation
{
    public const string MembershipClaim = "amsp:membership";
    private const string Marker = "amsp:memberships-loaded";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || principal.HasClaim(c => c.Type == Marker)
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return principal;
        }
        if (MachinePrincipal.ClientIdOf(principal) is { } clientId)
        {
            return await MachinePrincipal.IsCurrentAsync(db, principal, clientId) ? principal : new ClaimsPrincipal(new ClaimsIdentity());
        }
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.OrganizationId, m.Roles }).ToListAsync();
        var claims = identity.Claims.Where(c => c.Type != identity.RoleClaimType).ToList();
        claims.Add(new Claim(Marker, "1"));
        claims.AddRange(memberships.SelectMany(m => m.Roles).Distinct(StringComparer.Ordinal)
            .Select(role => new Claim(identity.RoleClaimType, role)));
        claims.AddRange(memberships.SelectMany(m => m.Roles.Select(role => new Claim(MembershipClaim, Format(m.OrganizationId, role)))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }

    public static string Format(Guid organization, string role) => $"{organization:N}:{role}";

    public static (Guid Organization, string Role) Parse(string value) =>
        (Guid.ParseExact(value.AsSpan(0, 32), "N"), value[33..]);
}

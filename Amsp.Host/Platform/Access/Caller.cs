using System.Security.Claims;
using Amsp.Domain.Identity;
using Amsp.Host.Hosting;

namespace Amsp.Host.Platform.Access;

/// <summary>
/// The signed-in person sending the current request, with the roles they hold in each organization, read from
/// the claims <see cref="MembershipClaims"/> added once for the request.
/// </summary>
public sealed class Caller(IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User
        ?? throw new InvalidOperationException("There is no signed-in caller outside an HTTP request.");

    public string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new ApiProblemException(StatusCodes.Status401Unauthorized, "Not signed in", "Sign in first.");

    /// <summary>Administrators hold every role in every organization.</summary>
    public bool IsAdmin => Principal.IsInRole(AmspRoles.Admin);

    /// <summary>Every (organization, role) the caller holds.</summary>
    public IEnumerable<(Guid Organization, string Role)> Memberships =>
        Principal.FindAll(MembershipClaims.MembershipClaim).Select(c => MembershipClaims.Parse(c.Value));

    public bool HasAnyRole(IEnumerable<string> roles) => IsAdmin || roles.Any(Principal.IsInRole);

    public bool HasRoleIn(Guid organization, IEnumerable<string> roles) =>
        IsAdmin || Memberships.Any(m => m.Organization == organization && roles.Contains(m.Role, StringComparer.Ordinal));

    /// <summary>The organizations where the caller holds one of <paramref name="roles"/> (not widened for admins).</summary>
    public HashSet<Guid> OrganizationsWith(params IEnumerable<string> roles) =>
        Memberships.Where(m => roles.Contains(m.Role, StringComparer.Ordinal)).Select(m => m.Organization).ToHashSet();

    /// <summary>
    /// The organization the caller acts for when creating something with <paramref name="role"/>: the one they name,
    /// which must be one of theirs, or their only organization with that role.
    /// </summary>
    public Guid ActingOrganization(string role, Guid? named)
    {
        var mine = OrganizationsWith(role);
        if (named is { } id)
        {
            return mine.Contains(id) || IsAdmin
                ? id
                : throw ApiProblemException.NotFound($"Organization {id} does not exist.");
        }
        return mine.Count switch
        {
            1 => mine.Single(),
            0 => throw new ApiProblemException(StatusCodes.Status400BadRequest, "Organization needed",
                $"You hold the {role} role in no organization; name the organization (organizationId)."),
            _ => throw new ApiProblemException(StatusCodes.Status400BadRequest, "Organization needed",
                $"You hold the {role} role in {mine.Count} organizations; name the one you act for (organizationId)."),
        };
    }
}

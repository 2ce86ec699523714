namespace Amsp.Domain.Organizations;

/// <summary>
/// A person's place in one organization, with the roles they hold there. A person may belong to several
/// organizations with other roles in each; the Admin role, held in the platform organization, is platform-wide.
/// </summary>
public class Membership
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>The Identity user's id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>Role names of <see cref="Identity.AmspRoles"/>.</summary>
    public List<string> Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

namespace Amsp.Domain.Organizations;

/// <summary>
/// An invitation by e-mail address to join an organization with some roles. Only the SHA-256 of its one-time
/// token is stored; the token itself is shown once, to the inviting administrator, as a link.
/// </summary>
public class Invitation
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    public string InvitedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }
}

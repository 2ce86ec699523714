namespace Amsp.Domain.Erp;

/// <summary>
/// An ERP or MES system allowed to call the platform with OAuth 2.0 client credentials: bound to one organization, with
/// the scopes it may ask for. Its secret is kept (hashed) by the token server's application under the same client id;
/// this row is what the platform knows about the client and what makes its tokens count (deleting it revokes them).
/// </summary>
public class MachineClient
{
    public Guid Id { get; set; }

    /// <summary>The OAuth client id, e.g. <c>erp_3f1c…</c>.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The one organization the client acts for.</summary>
    public Guid OrganizationId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The scopes the client may ask for (see the ERP scopes).</summary>
    public List<string> Scopes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The person who created it.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When its current secret was issued (creation or the last rotation).</summary>
    public DateTimeOffset SecretIssuedAt { get; set; }
}

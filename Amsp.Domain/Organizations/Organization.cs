namespace Amsp.Domain.Organizations;

/// <summary>What an organization is to the platform (ISO/IEC 23510 §4.2 stakeholders).</summary>
public enum OrganizationKind
{
    /// <summary>Orders parts ("user" in the standard).</summary>
    Customer,

    /// <summary>An additive-manufacturing centre: sites, materials, printers, price lists.</summary>
    AmCentre,

    /// <summary>The platform operator itself: analysts, designers, administrators.</summary>
    Platform,
}

/// <summary>A customer, an AM centre or the platform operator.</summary>
public class Organization
{
    public Guid Id { get; set; }

    public OrganizationKind Kind { get; set; }

    public string LegalName { get; set; } = "";

    public Address Address { get; set; } = new();

    /// <summary>VAT identification number, as printed on invoices (e.g. <c>DE123456789</c>).</summary>
    public string? VatId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Membership> Memberships { get; set; } = [];
}

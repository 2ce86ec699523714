using Amsp.Domain.Organizations;

namespace Amsp.Domain.Catalog;

/// <summary>A production site of an AM centre.</summary>
public class Site
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    public Address Address { get; set; } = new();
}

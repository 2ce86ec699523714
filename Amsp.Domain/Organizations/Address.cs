namespace Amsp.Domain.Organizations;

/// <summary>A postal address; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public class Address
{
    public string Street { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public string? Region { get; set; }

    public string Country { get; set; } = "";
}

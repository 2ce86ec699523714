using Amsp.Domain.Organizations;
using Riok.Mapperly.Abstractions;

namespace Amsp.Host.Platform;

/// <summary>A postal address; <c>country</c> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record AddressDto(string Street, string PostalCode, string City, string? Region, string Country);

/// <summary>Entities to the API's shapes and back, generated at build time.</summary>
[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName)]
public static partial class PlatformMapper
{
    public static partial AddressDto ToDto(this Address address);

    public static partial Address ToEntity(this AddressDto address);

    [MapperIgnoreSource(nameof(Organization.Memberships))]
    public static partial Organizations.OrganizationDto ToDto(this Organization organization);
}

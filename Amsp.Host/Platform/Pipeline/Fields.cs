using Amsp.Domain.Identity;
using Amsp.Domain.Money;
using Amsp.Domain.Organizations;

namespace Amsp.Host.Platform.Pipeline;

/// <summary>Checks of field kinds the platform's requests share.</summary>
public static class Fields
{
    public static Validation Address(this Validation v, AddressDto? address, string field, bool required = true)
    {
        if (address is null)
        {
            return v.When(required, field, "is required.");
        }
        v.Text(address.Street, $"{field}.street", 200).Text(address.PostalCode, $"{field}.postalCode", 32)
            .Text(address.City, $"{field}.city", 100).Text(address.Region, $"{field}.region", 100, required: false);
        return v.When(address.Country is not { Length: 2 } c || !c.All(char.IsAsciiLetterUpper), $"{field}.country",
            "must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE.");
    }

    public static Validation Currency(this Validation v, string? currency, string field) =>
        v.When(!MoneyRounding.IsKnown(currency), field,
            $"must be an ISO 4217 code the platform accepts ({string.Join(", ", MoneyRounding.Currencies)}).");

    public static Validation NotNegative(this Validation v, decimal? value, string field) =>
        v.When(value < 0, field, "must not be negative.");

    /// <summary>Which roles a member of each kind of organization may hold.</summary>
    public static IReadOnlyList<string> RolesFor(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Customer => [AmspRoles.Customer, AmspRoles.Designer],
        OrganizationKind.AmCentre => [AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator, AmspRoles.Designer],
        _ => [AmspRoles.Analyst, AmspRoles.Operator, AmspRoles.Designer, AmspRoles.Admin],
    };

    public static Validation Roles(this Validation v, IReadOnlyList<string>? roles, OrganizationKind kind, string field)
    {
        if (roles is not { Count: > 0 })
        {
            return v.Add(field, "must name at least one role.");
        }
        var allowed = RolesFor(kind);
        foreach (var role in roles.Where(r => !allowed.Contains(r, StringComparer.Ordinal)))
        {
            v.Add(field, $"'{role}' is not a role of a {kind} organization (allowed: {string.Join(", ", allowed)}).");
        }
        return v;
    }
}

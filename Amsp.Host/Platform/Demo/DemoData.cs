using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Host.Auth;

namespace Amsp.Host.Platform.Demo;

/// <summary>
/// The demo world of the Development environment (README "Demo data"): a customer, a second customer that owns a
/// protected design, and an AM centre with four materials, three virtual printers and a price list. Fixed ids, so
/// seeding is idempotent and tests can name them.
/// </summary>
public static class DemoData
{
    public static readonly Guid AcmeId = new("0195a000-0000-7000-8000-0000000000a1");
    public static readonly Guid GlobexId = new("0195a000-0000-7000-8000-0000000000b1");
    public static readonly Guid CentreId = new("0195a000-0000-7000-8000-0000000000c1");
    public static readonly Guid SiteId = new("0195a000-0000-7000-8000-0000000000c2");
    public static readonly Guid PlaId = new("0195a000-0000-7000-8000-0000000000d1");
    public static readonly Guid PetgId = new("0195a000-0000-7000-8000-0000000000d2");
    public static readonly Guid Pa12Id = new("0195a000-0000-7000-8000-0000000000d3");
    public static readonly Guid ResinId = new("0195a000-0000-7000-8000-0000000000d4");
    public static readonly Guid MexPlaPrinterId = new("0195a000-0000-7000-8000-0000000000e1");
    public static readonly Guid MexPetgPrinterId = new("0195a000-0000-7000-8000-0000000000e2");
    public static readonly Guid SlsPrinterId = new("0195a000-0000-7000-8000-0000000000e3");
    public static readonly Guid PriceListId = new("0195a000-0000-7000-8000-0000000000f1");

    /// <summary>Where each role's demo user belongs.</summary>
    public static Guid OrganizationOf(string role) => role switch
    {
        AmspRoles.Customer => AcmeId,
        AmspRoles.Manufacturer or AmspRoles.QualityInspector or AmspRoles.Operator => CentreId,
        _ => IdentitySeeder.PlatformOrganizationId,
    };

    public static IReadOnlyList<Organization> Organizations(DateTimeOffset now) =>
    [
        new() { Id = AcmeId, Kind = OrganizationKind.Customer, LegalName = "Acme Robotics GmbH", VatId = "DE812345678", CreatedAt = now,
            Address = new() { Street = "Industriestraße 12", PostalCode = "70565", City = "Stuttgart", Country = "DE" } },
        new() { Id = GlobexId, Kind = OrganizationKind.Customer, LegalName = "Globex Engineering Ltd", VatId = "GB123456789", CreatedAt = now,
            Address = new() { Street = "4 Mill Lane", PostalCode = "CB2 1RX", City = "Cambridge", Country = "GB" } },
        new() { Id = CentreId, Kind = OrganizationKind.AmCentre, LegalName = "Demo AM Centre B.V.", VatId = "NL123456789B01", CreatedAt = now,
            Address = new() { Street = "High Tech Campus 9", PostalCode = "5656 AE", City = "Eindhoven", Country = "NL" } },
    ];

    public static Site Site() => new()
    {
        Id = SiteId, OrganizationId = CentreId, Name = "Eindhoven print farm",
        Address = new() { Street = "High Tech Campus 9", PostalCode = "5656 AE", City = "Eindhoven", Country = "NL" },
    };

    public static IReadOnlyList<Material> Materials() =>
    [
        new() { Id = PlaId, OrganizationId = CentreId, Name = "PLA", Process = ProcessCategory.Mex, Density = 1.24m,
            Colours = ["Black", "White", "Grey", "Red", "Blue"], PricingBasis = PricingBasis.PerKg, UnitPrice = 25m,
            MinWallThickness = 0.8m, LayerHeights = [0.1m, 0.15m, 0.2m, 0.3m] },
        new() { Id = PetgId, OrganizationId = CentreId, Name = "PETG", Process = ProcessCategory.Mex, Density = 1.27m,
            Colours = ["Black", "White", "Clear", "Orange"], PricingBasis = PricingBasis.PerKg, UnitPrice = 30m,
            MinWallThickness = 0.8m, LayerHeights = [0.1m, 0.2m, 0.3m] },
        new() { Id = Pa12Id, OrganizationId = CentreId, Name = "PA12", Process = ProcessCategory.PbfP, Density = 1.01m,
            Colours = ["White", "Grey", "Black"], PricingBasis = PricingBasis.PerCm3, UnitPrice = 0.45m,
            MinWallThickness = 0.8m, LayerHeights = [0.1m, 0.12m] },
        new() { Id = ResinId, OrganizationId = CentreId, Name = "Standard Resin", Process = ProcessCategory.Vpp, Density = 1.18m,
            Colours = ["Grey", "White", "Clear"], PricingBasis = PricingBasis.PerCm3, UnitPrice = 0.30m,
            MinWallThickness = 0.5m, LayerHeights = [0.025m, 0.05m, 0.1m] },
    ];

    public static IReadOnlyList<Printer> Printers() =>
    [
        new() { Id = MexPlaPrinterId, OrganizationId = CentreId, SiteId = SiteId, Name = "MEX 1 (PLA)", Process = ProcessCategory.Mex,
            BuildVolume = new() { X = 220, Y = 220, Z = 250 }, LoadedMaterialId = PlaId, LoadedColour = "Black",
            Controller = ControllerKind.Virtual, BaseUrl = "mex-1", HourlyRate = 4.50m },
        new() { Id = MexPetgPrinterId, OrganizationId = CentreId, SiteId = SiteId, Name = "MEX 2 (PETG)", Process = ProcessCategory.Mex,
            BuildVolume = new() { X = 220, Y = 220, Z = 250 }, LoadedMaterialId = PetgId, LoadedColour = "Orange",
            Controller = ControllerKind.Virtual, BaseUrl = "mex-2", HourlyRate = 4.50m },
        new() { Id = SlsPrinterId, OrganizationId = CentreId, SiteId = SiteId, Name = "SLS 1 (PA12)", Process = ProcessCategory.PbfP,
            BuildVolume = new() { X = 300, Y = 300, Z = 300 }, LoadedMaterialId = Pa12Id, LoadedColour = "White",
            Controller = ControllerKind.Virtual, BaseUrl = "sls-1", HourlyRate = 28m },
    ];

    public static PriceList PriceList(DateTimeOffset now) => new()
    {
        Id = PriceListId, OrganizationId = CentreId, Name = "Standard 2026", Currency = "EUR", SetupFee = 15m, MachineHourlyRate = 6m,
        PostProcessing =
        [
            new() { Kind = PostProcessingKind.SupportRemoval, PricePerPart = 3m },
            new() { Kind = PostProcessingKind.Sanding, PricePerPart = 8m },
            new() { Kind = PostProcessingKind.Dyeing, PricePerPart = 6m },
            new() { Kind = PostProcessingKind.VapourSmoothing, PricePerPart = 12m },
            new() { Kind = PostProcessingKind.Painting, PricePerPart = 20m },
        ],
        QuantityDiscounts = [new() { MinQuantity = 10, DiscountPercent = 5m }, new() { MinQuantity = 50, DiscountPercent = 10m }, new() { MinQuantity = 100, DiscountPercent = 15m }],
        MarginPercent = 25m, QuoteValidityDays = 14, UpdatedAt = now,
    };
}

using Amsp.Domain.Catalog;
using Amsp.Domain.Requirements;
using Amsp.Host.Platform.Pipeline;

namespace Amsp.Host.Platform.Requirements;

public sealed record CriticalDimensionDto(string Name, decimal Nominal, decimal UpperDeviation, decimal LowerDeviation, string? Method);

/// <summary>
/// A purchase requirement after ISO/ASTM 52901. Every field may be left out while it is a draft; submitting checks
/// that what an order needs is there.
/// </summary>
public sealed record RequirementInput(
    string? Title, Guid? ModelId, LengthUnit? Units, ProcessCategory? Process, string? Material, string? Colour, int? Quantity,
    GeneralTolerance? GeneralTolerance, IReadOnlyList<CriticalDimensionDto>? CriticalDimensions, string? SurfaceFinish,
    IReadOnlyList<PostProcessingKind>? PostProcessing, string? BuildOrientation, string? AcceptableImperfections,
    string? InspectionMethod, CertificateLevel? CertificateLevel, string? Packaging, DateOnly? DueDate,
    AddressDto? DeliveryAddress, string? Notes)
{
    public const int MaxCriticalDimensions = 100;

    public void Validate(Validation v)
    {
        v.Text(Title, "title", 200, required: false).Text(Material, "material", 200, required: false)
            .Text(Colour, "colour", 64, required: false).Text(SurfaceFinish, "surfaceFinish", 500, required: false)
            .Text(BuildOrientation, "buildOrientation", 500, required: false)
            .Text(AcceptableImperfections, "acceptableImperfections", 4000, required: false)
            .Text(InspectionMethod, "inspectionMethod", 4000, required: false).Text(Packaging, "packaging", 500, required: false)
            .Text(Notes, "notes", 4000, required: false);
        v.When(Quantity is < 1 or > 1_000_000, "quantity", "must be from 1 to 1,000,000.");
        v.When(PostProcessing is { Count: > 16 }, "postProcessing", "takes at most 16 steps.");
        if (DeliveryAddress is not null)
        {
            v.Address(DeliveryAddress, "deliveryAddress");
        }
        var dimensions = CriticalDimensions ?? [];
        v.When(dimensions.Count > MaxCriticalDimensions, "criticalDimensions", $"takes at most {MaxCriticalDimensions} dimensions.");
        for (var i = 0; i < Math.Min(dimensions.Count, MaxCriticalDimensions); i++)
        {
            var d = dimensions[i];
            var at = $"criticalDimensions[{i}]";
            if (d is null)
            {
                v.Add(at, "must be a dimension, not null.");
                continue;
            }
            v.Text(d.Name, $"{at}.name", 200).Text(d.Method, $"{at}.method", 200, required: false);
            v.When(d.Nominal <= 0, $"{at}.nominal", "must be above 0.");
            v.When(d.LowerDeviation >= d.UpperDeviation, $"{at}.lowerDeviation", "must be below the upper deviation.");
            v.When(d.Nominal + d.LowerDeviation <= 0, $"{at}.lowerDeviation", "must leave a positive smallest size.");
        }
        v.When(dimensions.Select(d => d?.Name?.Trim()).Where(n => n is not null).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1),
            "criticalDimensions", "names each dimension once.");
    }
}

public sealed record RequirementDto(
    Guid Id, Guid OrganizationId, string Title, Guid? ModelId, LengthUnit Units, ProcessCategory? Process, string? Material,
    string? Colour, int Quantity, GeneralTolerance GeneralTolerance, IReadOnlyList<CriticalDimensionDto> CriticalDimensions,
    string? SurfaceFinish, IReadOnlyList<PostProcessingKind> PostProcessing, string? BuildOrientation, string? AcceptableImperfections,
    string? InspectionMethod, CertificateLevel CertificateLevel, string? Packaging, DateOnly? DueDate, AddressDto? DeliveryAddress,
    string? Notes, RequirementStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt)
{
    public static RequirementDto From(Requirement r) => new(r.Id, r.OrganizationId, r.Title, r.ModelId, r.Units, r.Process, r.Material,
        r.Colour, r.Quantity, r.GeneralTolerance,
        r.CriticalDimensions.Select(d => new CriticalDimensionDto(d.Name, d.Nominal, d.UpperDeviation, d.LowerDeviation, d.Method)).ToList(),
        r.SurfaceFinish, r.PostProcessing, r.BuildOrientation, r.AcceptableImperfections, r.InspectionMethod, r.CertificateLevel,
        r.Packaging, r.DueDate, r.DeliveryAddress.Country.Length == 0 ? null : r.DeliveryAddress.ToDto(), r.Notes, r.Status,
        r.CreatedAt, r.UpdatedAt, r.SubmittedAt);
}

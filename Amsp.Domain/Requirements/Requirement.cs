using System.Text.Json.Serialization;
using Amsp.Domain.Catalog;
using Amsp.Domain.Organizations;

namespace Amsp.Domain.Requirements;

/// <summary>The unit a model's coordinates are stated in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LengthUnit>))]
public enum LengthUnit
{
    [JsonStringEnumMemberName("mm")] Millimetre,
    [JsonStringEnumMemberName("inch")] Inch,
}

/// <summary>ISO 2768-1 general tolerance classes: fine, medium, coarse, very coarse.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GeneralTolerance>))]
public enum GeneralTolerance
{
    [JsonStringEnumMemberName("f")] Fine,
    [JsonStringEnumMemberName("m")] Medium,
    [JsonStringEnumMemberName("c")] Coarse,
    [JsonStringEnumMemberName("v")] VeryCoarse,
}

/// <summary>What the customer wants with the parts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CertificateLevel>))]
public enum CertificateLevel
{
    None,
    CertificateOfConformance,
    InspectionReport,
}

/// <summary>Where a requirement stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequirementStatus>))]
public enum RequirementStatus
{
    Draft,
    Submitted,
}

/// <summary>
/// A customer's purchase requirement after ISO/ASTM 52901: the part's geometry and units, process or material,
/// quantity, tolerances and critical dimensions, surface, post-processing, inspection and certificate, packaging,
/// due date and delivery address. A draft until submitted.
/// </summary>
public class Requirement
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>The part's name as the customer calls it, e.g. a part number.</summary>
    public string Title { get; set; } = "";

    public Guid? ModelId { get; set; }

    public LengthUnit Units { get; set; }

    /// <summary>The process asked for; null is any suitable.</summary>
    public ProcessCategory? Process { get; set; }

    /// <summary>The material asked for by name (e.g. <c>PA12</c>); null is any suitable.</summary>
    public string? Material { get; set; }

    public string? Colour { get; set; }

    public int Quantity { get; set; } = 1;

    public GeneralTolerance GeneralTolerance { get; set; } = GeneralTolerance.Medium;

    public List<CriticalDimension> CriticalDimensions { get; set; } = [];

    /// <summary>Surface texture asked for, e.g. <c>as printed</c> or <c>Ra 3.2 µm on the top face</c>.</summary>
    public string? SurfaceFinish { get; set; }

    public List<PostProcessingKind> PostProcessing { get; set; } = [];

    /// <summary>The build orientation, where it matters to the customer.</summary>
    public string? BuildOrientation { get; set; }

    public string? AcceptableImperfections { get; set; }

    /// <summary>How the parts are inspected and accepted, beyond the critical dimensions.</summary>
    public string? InspectionMethod { get; set; }

    public CertificateLevel CertificateLevel { get; set; }

    public string? Packaging { get; set; }

    public DateOnly? DueDate { get; set; }

    public Address DeliveryAddress { get; set; } = new();

    public string? Notes { get; set; }

    public RequirementStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>A dimension whose tolerance the customer states, in the requirement's units.</summary>
public class CriticalDimension
{
    public string Name { get; set; } = "";

    public decimal Nominal { get; set; }

    /// <summary>Upper deviation from nominal, e.g. +0.1.</summary>
    public decimal UpperDeviation { get; set; }

    /// <summary>Lower deviation from nominal, e.g. -0.1.</summary>
    public decimal LowerDeviation { get; set; }

    /// <summary>How it is measured, e.g. <c>caliper</c>, <c>CMM</c>.</summary>
    public string? Method { get; set; }
}

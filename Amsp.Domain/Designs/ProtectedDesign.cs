using System.Text.Json.Serialization;

namespace Amsp.Domain.Designs;

/// <summary>What others may do with a protected design.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LicenceKind>))]
public enum LicenceKind
{
    /// <summary>Only the owner may have it printed.</summary>
    NotPrintableByOthers,

    /// <summary>The owner and the listed licensee organizations may have it printed.</summary>
    ListedLicensees,

    /// <summary>Anyone may have it printed, paying the owner a royalty per part.</summary>
    RoyaltyPerPart,
}

/// <summary>
/// An entry of the copyright registry (ISO/IEC 23510 §7.1): a model an organization protects, its fingerprint
/// and the licence terms the copyright check applies to orders of similar parts.
/// </summary>
public class ProtectedDesign
{
    public Guid Id { get; set; }

    public Guid OwnerOrganizationId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The protected model, one of the owner's models.</summary>
    public Guid ModelId { get; set; }

    /// <summary>SHA-256 of the protected model's canonical mesh (exact copies).</summary>
    public string CanonicalSha256 { get; set; } = "";

    /// <summary>The model's shape histogram (near copies), as the fingerprint JSON holds it.</summary>
    public string FingerprintJson { get; set; } = "{}";

    public LicenceKind Licence { get; set; }

    public List<Guid> LicenseeOrganizationIds { get; set; } = [];

    public decimal? RoyaltyPerPart { get; set; }

    public string? RoyaltyCurrency { get; set; }

    public string RegisteredBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

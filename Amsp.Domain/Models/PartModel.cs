using System.Text.Json.Serialization;

namespace Amsp.Domain.Models;

/// <summary>How a model version came to be.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelOrigin>))]
public enum ModelOrigin
{
    /// <summary>Uploaded by the customer.</summary>
    Upload,

    /// <summary>Made by the platform's mesh repair from its parent.</summary>
    Repair,

    /// <summary>Uploaded by a designer for a design request.</summary>
    Design,
}

/// <summary>
/// A 3D model version: a file stored once by its SHA-256 in the blob store, its analysis, and where it came
/// from. A repaired or redesigned model points at its parent. The file is the customer's intellectual property:
/// only its organization (and a designer working on its design request) may read it.
/// </summary>
public class PartModel
{
    public Guid Id { get; set; }

    /// <summary>The organization that owns the model.</summary>
    public Guid OrganizationId { get; set; }

    public string UploadedBy { get; set; } = "";

    public string OriginalName { get; set; } = "";

    /// <summary><c>stl</c>, <c>obj</c> or <c>3mf</c>, decided from the content.</summary>
    public string Format { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file: its key in the blob store.</summary>
    public string Sha256 { get; set; } = "";

    public Guid? ParentId { get; set; }

    public ModelOrigin Origin { get; set; }

    /// <summary>The design request this version answers, for <see cref="ModelOrigin.Design"/>.</summary>
    public Guid? DesignRequestId { get; set; }

    /// <summary>The <c>amsp mesh check --json</c> object of the file.</summary>
    public string CheckReportJson { get; set; } = "{}";

    /// <summary>
    /// The <c>amsp mesh fingerprint --json</c> object of the file; null until it is computed, which the platform does
    /// right after the upload is answered (or when the copyright check or the registry needs it first).
    /// </summary>
    public string? FingerprintJson { get; set; }

    /// <summary>
    /// SHA-256 of the canonical mesh: the same geometry in another file format or order has the same. Null until the
    /// fingerprint is computed.
    /// </summary>
    public string? CanonicalSha256 { get; set; }

    /// <summary>Size of the bounding box in the file's units (X, Y, Z), for fit and intake checks.</summary>
    public double SizeX { get; set; }

    public double SizeY { get; set; }

    public double SizeZ { get; set; }

    /// <summary>The unit the file's size suggests: <c>mm</c>, <c>inch</c> or <c>m</c>.</summary>
    public string UnitsGuess { get; set; } = "mm";

    public DateTimeOffset CreatedAt { get; set; }
}

namespace Amsp.Reporting.Certificates;

/// <summary>
/// Everything an inspection certificate carries (ISO/IEC 23510 §7.2), as plain values: the renderer reads nothing
/// else, so the host maps its order, job and inspection records onto this and the PDF cannot drift from them.
/// <para>ProcessCategory is the ISO/ASTM 52900 category ("MEX", "PBF-P", "VPP"); ModelSha256 is the printed
/// file's SHA-256 as 64 hex digits; Passed is the inspector's verdict and cannot be true while a measurement
/// failed; VerificationUrl is an absolute http(s) address where the certificate can be checked, drawn as a QR code.
/// SupplierAddress and Notes are optional; every other field is required.</para>
/// </summary>
public sealed record CertificateDocument(
    string CertificateNumber, DateTimeOffset IssuedAt,
    string SupplierName, string SiteName, string? SupplierAddress,
    string CustomerName, string OrderNumber, int OrderLine,
    string PartName, string ModelFileName, string ModelSha256,
    string Material, string ProcessCategory, string PrinterName,
    DateTimeOffset JobStartedAt, DateTimeOffset JobEndedAt,
    IReadOnlyList<CertificateMeasurement> Measurements,
    bool Passed, string InspectorName, DateTimeOffset InspectedAt,
    string VerificationCode, Uri VerificationUrl, string? Notes);

/// <summary>
/// One inspected characteristic: the nominal value, its tolerance as deviations from it (lower ≤ upper, usually
/// lower ≤ 0 ≤ upper), the measured value (null when it could not be measured) and the row's verdict.
/// </summary>
public sealed record CertificateMeasurement(
    string Characteristic, double Nominal, double LowerDeviation, double UpperDeviation, double? Measured, bool Passed,
    string? Unit = "mm");

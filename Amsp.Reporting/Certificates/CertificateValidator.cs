using System.Globalization;

namespace Amsp.Reporting.Certificates;

/// <summary>
/// Rejects a document that would make a wrong or unreadable certificate, naming the field in
/// <see cref="ArgumentException.ParamName"/>. The measurement count is checked first, before anything else is read.
/// </summary>
internal static class CertificateValidator
{
    public static void Validate(CertificateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Measurements is null)
            throw Invalid(nameof(document.Measurements), "Measurements is required (it may be empty).");
        if (document.Measurements.Count > CertificateLimits.MaxMeasurements)
            throw Invalid(nameof(document.Measurements),
                $"Measurements has {document.Measurements.Count} rows; a certificate holds at most {CertificateLimits.MaxMeasurements}.");

        Required(document.CertificateNumber, nameof(document.CertificateNumber));
        Required(document.SupplierName, nameof(document.SupplierName));
        Required(document.SiteName, nameof(document.SiteName));
        Optional(document.SupplierAddress, nameof(document.SupplierAddress), CertificateLimits.MaxFieldLength);
        Required(document.CustomerName, nameof(document.CustomerName));
        Required(document.OrderNumber, nameof(document.OrderNumber));
        if (document.OrderLine < 1)
            throw Invalid(nameof(document.OrderLine), "OrderLine must be 1 or more.");
        Required(document.PartName, nameof(document.PartName));
        Required(document.ModelFileName, nameof(document.ModelFileName));
        Required(document.ModelSha256, nameof(document.ModelSha256));
        if (document.ModelSha256.Length != 64 || !document.ModelSha256.All(char.IsAsciiHexDigit))
            throw Invalid(nameof(document.ModelSha256), "ModelSha256 must be 64 hexadecimal digits.");
        Required(document.Material, nameof(document.Material));
        Required(document.ProcessCategory, nameof(document.ProcessCategory));
        Required(document.PrinterName, nameof(document.PrinterName));
        Required(document.InspectorName, nameof(document.InspectorName));
        Required(document.VerificationCode, nameof(document.VerificationCode));
        Optional(document.Notes, nameof(document.Notes), CertificateLimits.MaxNotesLength);

        Date(document.IssuedAt, nameof(document.IssuedAt));
        Date(document.JobStartedAt, nameof(document.JobStartedAt));
        Date(document.JobEndedAt, nameof(document.JobEndedAt));
        Date(document.InspectedAt, nameof(document.InspectedAt));
        if (document.JobEndedAt < document.JobStartedAt)
            throw Invalid(nameof(document.JobEndedAt), "JobEndedAt is before JobStartedAt.");

        ValidateUrl(document.VerificationUrl);
        for (var i = 0; i < document.Measurements.Count; i++)
            ValidateMeasurement(document.Measurements[i], i);
        if (document.Passed && document.Measurements.Any(m => !m.Passed))
            throw Invalid(nameof(document.Passed), "Passed is true but at least one measurement failed.");
    }

    private static void ValidateMeasurement(CertificateMeasurement? m, int index)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"Measurements[{index}]");
        if (m is null)
            throw Invalid(name, $"{name} is null.");
        Required(m.Characteristic, $"{name}.{nameof(m.Characteristic)}");
        Optional(m.Unit, $"{name}.{nameof(m.Unit)}", 20);
        Finite(m.Nominal, $"{name}.{nameof(m.Nominal)}");
        Finite(m.LowerDeviation, $"{name}.{nameof(m.LowerDeviation)}");
        Finite(m.UpperDeviation, $"{name}.{nameof(m.UpperDeviation)}");
        if (m.Measured is { } measured)
            Finite(measured, $"{name}.{nameof(m.Measured)}");
        if (m.LowerDeviation > m.UpperDeviation)
            throw Invalid($"{name}.{nameof(m.LowerDeviation)}", $"{name}: LowerDeviation is greater than UpperDeviation.");
    }

    private static void ValidateUrl(Uri? url)
    {
        const string field = nameof(CertificateDocument.VerificationUrl);
        if (url is null)
            throw Invalid(field, "VerificationUrl is required.");
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw Invalid(field, "VerificationUrl must be an absolute http or https address.");
        if (url.AbsoluteUri.Length > CertificateLimits.MaxUrlLength)
            throw Invalid(field, $"VerificationUrl is longer than {CertificateLimits.MaxUrlLength} characters.");
    }

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Invalid(field, $"{field} is required.");
        Optional(value, field, CertificateLimits.MaxFieldLength);
    }

    private static void Optional(string? value, string field, int maxLength)
    {
        if (value is null)
            return;
        if (value.Length > maxLength)
            throw Invalid(field, $"{field} is longer than {maxLength} characters.");
        // Control characters other than line breaks would be drawn as missing glyphs.
        if (value.Any(c => char.IsControl(c) && c != '\n' && c != '\r' && c != '\t'))
            throw Invalid(field, $"{field} contains a control character.");
    }

    private static void Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            throw Invalid(field, $"{field} must be a finite number.");
    }

    // The field, not a parameter of these helpers, is what the caller needs to see in ParamName.
    private static ArgumentException Invalid(string field, string message) => new(message, field);

    private static void Date(DateTimeOffset value, string field)
    {
        if (value == default)
            throw Invalid(field, $"{field} is required.");
    }
}

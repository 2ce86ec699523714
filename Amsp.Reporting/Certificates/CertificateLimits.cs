namespace Amsp.Reporting.Certificates;

/// <summary>The sizes a certificate accepts; larger input is rejected before anything is drawn.</summary>
internal static class CertificateLimits
{
    /// <summary>Measurement rows per certificate (about 45 pages).</summary>
    public const int MaxMeasurements = 2_000;

    /// <summary>Characters in a name, number, code or other one-line field.</summary>
    public const int MaxFieldLength = 300;

    /// <summary>Characters in the notes.</summary>
    public const int MaxNotesLength = 4_000;

    /// <summary>Characters in the verification address (a QR code of error level M holds about 2,300 bytes).</summary>
    public const int MaxUrlLength = 1_000;
}

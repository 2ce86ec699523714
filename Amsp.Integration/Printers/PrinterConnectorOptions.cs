namespace Amsp.Integration.Printers;

/// <summary>Timeouts and retries of the printer connectors' HTTP clients.</summary>
public sealed class PrinterConnectorOptions
{
    /// <summary>One query's attempt (GET /api/job, /api/printer, the cancel command). Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A query with all its retries. Default 30 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt: GETs on transient failures, any request whose connection was never made. Default 3.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>First retry's delay; doubled each time, with jitter. Default 500 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>An upload with its start, sent once (256 MB over a slow link). Default 10 min.</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(10);

    internal static string? Validate(PrinterConnectorOptions o) =>
        o.AttemptTimeout <= TimeSpan.Zero ? "AttemptTimeout must be positive."
        : o.TotalTimeout < o.AttemptTimeout ? "TotalTimeout must be at least AttemptTimeout."
        : o.Retries is < 0 or > 10 ? "Retries must be between 0 and 10."
        : o.RetryDelay < TimeSpan.Zero ? "RetryDelay must not be negative."
        : o.UploadTimeout <= TimeSpan.Zero ? "UploadTimeout must be positive."
        : null;
}

namespace Amsp.Integration.Printers;

/// <summary>Where a printer controller answers: its base URL (a path prefix is kept) and its API key.</summary>
public sealed record PrinterEndpoint(Uri BaseUrl, string? ApiKey);

public enum PrinterState { Operational, Printing, Paused, Error, Offline }

/// <summary>The printer as its controller reports it; temperatures are the actual ones in °C.</summary>
public sealed record PrinterStatus(PrinterState State, double? ToolTemperature, double? BedTemperature, string? Text);

public enum PrintJobState { Idle, Printing, Completed, Failed, Cancelled }

/// <summary>
/// State of the job named FileName on the printer (OctoPrint keeps only the current/last job). Progress is 0..100;
/// progress and times are null when the controller reports none (idle, or after a cancel).
/// </summary>
public sealed record PrintJobStatus(
    PrintJobState State, string? FileName, double? Progress, double? PrintTimeSeconds, double? PrintTimeLeftSeconds, string? Error);

/// <summary>A printer controller: upload-and-print, status, job and cancel.</summary>
public interface IPrinterConnector
{
    /// <summary>Uploads G-code and starts it. Never retried once the controller may have accepted it.</summary>
    /// <exception cref="PrinterException">Unreachable, Busy (a print is running or uploads are refused), Rejected, Unauthorized, Protocol.</exception>
    Task UploadAndPrintAsync(PrinterEndpoint printer, string fileName, Stream gcode, CancellationToken ct);

    /// <summary>The printer's state; an unreachable controller or a disconnected printer is <see cref="PrinterState.Offline"/>.</summary>
    Task<PrinterStatus> GetPrinterAsync(PrinterEndpoint printer, CancellationToken ct);

    /// <summary>The current or last job.</summary>
    /// <exception cref="PrinterException">Unreachable when the controller does not answer.</exception>
    Task<PrintJobStatus> GetJobAsync(PrinterEndpoint printer, CancellationToken ct);

    /// <summary>Cancels the running job.</summary>
    /// <exception cref="PrinterException">Busy when nothing can be cancelled (409), Unreachable, Unauthorized.</exception>
    Task CancelAsync(PrinterEndpoint printer, CancellationToken ct);
}

public enum PrinterFailure { Unreachable, Busy, Rejected, Unauthorized, Protocol }

/// <summary>A printer controller refused or failed a request; <see cref="Failure"/> says how, for the caller to decide on retrying.</summary>
public class PrinterException : Exception
{
    public PrinterException(PrinterFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public PrinterException() : this(PrinterFailure.Protocol, "The printer controller failed.") { }

    public PrinterException(string message) : this(PrinterFailure.Protocol, message) { }

    public PrinterException(string message, Exception innerException) : this(PrinterFailure.Protocol, message, innerException) { }

    public PrinterFailure Failure { get; }
}

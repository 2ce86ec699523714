namespace Amsp.Integration.Printers.OctoPrint;

/// <summary>
/// OctoPrint's state texts to the connector's states. OctoPrint's state is free text ("Printing from SD",
/// "Error: Thermal runaway", "Offline after error"), so prefixes are compared, never whole strings.
/// </summary>
internal static class OctoPrintStates
{
    private static readonly string[] Running =
        ["Printing", "Pausing", "Paused", "Resuming", "Finishing", "Starting", "Sending file", "Transferring file"];

    private static readonly string[] Disconnected =
        ["Offline", "Closed", "Connecting", "Opening serial", "Detecting", "Unknown"];

    public static bool IsError(string? state) =>
        state is not null && (state.StartsWith("Error", StringComparison.OrdinalIgnoreCase)
            || state.StartsWith("Offline after error", StringComparison.OrdinalIgnoreCase));

    public static bool IsRunning(string? state) => StartsWithAny(state, Running);

    public static bool IsDisconnected(string? state) => !IsError(state) && StartsWithAny(state, Disconnected);

    /// <summary>
    /// Maps GET /api/job. Two of OctoPrint's habits decide the rules: a finished print keeps completion 100, while a
    /// cancelled one has its progress reset to null; only the file's print history (<paramref name="lastPrintSucceeded"/>,
    /// from GET /api/files/local/{name}) then tells a cancelled job from one never started.
    /// </summary>
    public static PrintJobStatus MapJob(OctoJobResponse job, bool? lastPrintSucceeded)
    {
        var state = job.State;
        var name = job.Job?.File?.Name;
        var progress = job.Progress;
        var completion = progress?.Completion;
        PrintJobStatus Status(PrintJobState s, string? error = null) =>
            new(s, name, completion, progress?.PrintTime, progress?.PrintTimeLeft, error);

        if (IsError(state))
        {
            return Status(PrintJobState.Failed, string.IsNullOrWhiteSpace(job.Error) ? state : job.Error);
        }
        if (IsRunning(state))
        {
            return Status(PrintJobState.Printing);
        }
        if (state is not null && state.StartsWith("Cancelling", StringComparison.OrdinalIgnoreCase))
        {
            return Status(PrintJobState.Cancelled);
        }
        if (name is null)
        {
            return Status(PrintJobState.Idle);
        }
        if (completion >= 100)
        {
            return Status(PrintJobState.Completed);
        }
        if (completion > 0)
        {
            // Progress stopped short of the end without an error state: the serial link dropped (Offline) or the
            // print was stopped in a way that kept its progress.
            return IsDisconnected(state)
                ? Status(PrintJobState.Failed, $"The printer went {state} during the print.")
                : Status(PrintJobState.Cancelled);
        }
        return lastPrintSucceeded switch
        {
            true => Status(PrintJobState.Completed),
            false => Status(PrintJobState.Cancelled),
            null => Status(PrintJobState.Idle),
        };
    }

    /// <summary>Maps GET /api/printer's flags, which say more than its text.</summary>
    public static PrinterStatus MapPrinter(OctoPrinterResponse printer)
    {
        var text = printer.State?.Text;
        var flags = printer.State?.Flags;
        var state = flags switch
        {
            null => IsError(text) ? PrinterState.Error : IsRunning(text) ? PrinterState.Printing : PrinterState.Offline,
            { Error: true } => PrinterState.Error,
            { ClosedOrError: true, Operational: false } => IsError(text) ? PrinterState.Error : PrinterState.Offline,
            { Paused: true } or { Pausing: true } => PrinterState.Paused,
            { Printing: true } or { Cancelling: true } => PrinterState.Printing,
            { Operational: true } => PrinterState.Operational,
            _ => PrinterState.Offline,
        };
        return new PrinterStatus(state, printer.Temperature?.Tool0?.Actual, printer.Temperature?.Bed?.Actual, text);
    }

    private static bool StartsWithAny(string? text, string[] prefixes) =>
        text is not null && prefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}

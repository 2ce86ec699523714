using Amsp.Integration.Printers.OctoPrint;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>What the virtual printer answers, in OctoPrint's shapes.</summary>
public sealed partial class VirtualPrinter
{
    internal enum UploadOutcome { Started, StoredNotStarted, Refused, Conflict }

    /// <summary>The state of the printer for its admin endpoint (and tests).</summary>
    public VirtualPrinterState State
    {
        get
        {
            lock (gate)
            {
                Settle(time.GetUtcNow());
                return new VirtualPrinterState(Name, StateText, file?.Name, file?.Size, file?.Sha256, file?.EstimatedSeconds, Speed,
                    failAtPercent, offline, refuseUploads, error);
            }
        }
    }

    private string StateText => phase switch
    {
        Phase.Printing => "Printing",
        Phase.Failed => "Offline after error",
        _ => "Operational",
    };

    internal OctoJobResponse Job()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Settle(now);
            var info = new OctoJobInfo(
                file is null ? new OctoFileRef(null, null, null, null, null) : new OctoFileRef(file.Name, file.Name, "local", file.Size, startedAt.ToUnixTimeSeconds()),
                file?.EstimatedSeconds);
            var estimate = file?.EstimatedSeconds ?? 0;
            var printed = phase == Phase.Printing ? Math.Min((now - startedAt).TotalSeconds * Speed, estimate) : stoppedAtSeconds;
            // OctoPrint keeps a finished or failed print's progress and resets a cancelled one's to nulls.
            var progress = phase is Phase.Printing or Phase.Done or Phase.Failed
                ? new OctoProgress(Math.Round(printed / estimate * 100, 3), (long)(file!.Size * (printed / estimate)), Math.Round(printed), Math.Round(estimate - printed))
                : new OctoProgress(null, null, null, null);
            return new OctoJobResponse(info, progress, StateText, error);
        }
    }

    /// <summary>GET /api/printer; null while not operational (OctoPrint answers 409).</summary>
    internal OctoPrinterResponse? Printer()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Settle(now);
            if (phase == Phase.Failed)
            {
                return null;
            }
            var printing = phase == Phase.Printing;
            var flags = new OctoStateFlags(Operational: true, Paused: false, Printing: printing, Pausing: false, Cancelling: false,
                SdReady: false, Error: false, Ready: !printing, ClosedOrError: false);
            return new OctoPrinterResponse(
                new OctoTemperatures(Reading(tool, now), Reading(bed, now)),
                new OctoPrinterState(StateText, flags, null));
        }
    }

    /// <summary>GET /api/files/local/{name}: only the current job's file is kept.</summary>
    internal OctoFileInfo? FileInfo(string name)
    {
        lock (gate)
        {
            Settle(time.GetUtcNow());
            if (file is null || file.Name != name)
            {
                return null;
            }
            var last = lastPrintSucceeded is { } ok ? new OctoLastPrint(ok, null, stoppedAtSeconds) : null;
            return new OctoFileInfo(file.Name, new OctoPrintHistory(lastPrintSucceeded == true ? 1 : 0, lastPrintSucceeded == false ? 1 : 0, last));
        }
    }

    /// <summary>Whether uploads are refused (409) before any of the body is read.</summary>
    internal bool RefusesUploads { get { lock (gate) { return refuseUploads; } } }

    /// <summary>Takes a stored upload and starts it, as OctoPrint does with print=true; the printer owns it from here.</summary>
    internal UploadOutcome Accept(StoredGcode gcode, bool print)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Settle(now);
            if (refuseUploads || phase == Phase.Printing && file?.Name == gcode.Name)
            {
                gcode.Dispose();
                return refuseUploads ? UploadOutcome.Refused : UploadOutcome.Conflict; // OctoPrint: overwriting the file being printed
            }
            if (!print || phase is Phase.Printing or Phase.Failed)
            {
                // OctoPrint keeps the file without starting it; this printer keeps only the current job's bytes.
                gcode.Dispose();
                return UploadOutcome.StoredNotStarted;
            }
            Start(gcode, now);
            return UploadOutcome.Started;
        }
    }

    private OctoTemperature Reading(Heater heater, DateTimeOffset now) => new(heater.Actual(now, Speed), heater.Target, 0);
}

/// <summary>A virtual printer's state and faults, as its admin endpoint reports them.</summary>
public sealed record VirtualPrinterState(
    string Name, string State, string? FileName, long? FileSize, string? Sha256, double? EstimatedSeconds, double Speed,
    double? FailAtPercent, bool Offline, bool RefuseUploads, string? Error);

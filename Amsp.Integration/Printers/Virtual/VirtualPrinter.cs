using System.Security.Cryptography;
using System.Text;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>
/// A simulated OctoPrint printer: Operational → Printing → Operational (done or cancelled) or "Offline after error".
/// Nothing runs in the background: every question settles the state from the time elapsed since the start (× speed)
/// against the G-code's estimated print time, on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class VirtualPrinter : IDisposable
{
    private const double DefaultTool = 210, DefaultBed = 60;
    private const double ToolTimeConstant = 30, BedTimeConstant = 90; // simulated seconds

    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly byte[] apiKey;
    private StoredGcode? file;
    private Phase phase;
    private DateTimeOffset startedAt;
    private double stoppedAtSeconds;
    private string? error;
    private bool? lastPrintSucceeded;
    private Heater tool, bed;
    private double? failAtPercent;
    private bool offline, refuseUploads;

    public VirtualPrinter(VirtualPrinterOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        Name = options.Name;
        Speed = options.Speed;
        apiKey = Encoding.UTF8.GetBytes(options.ApiKey);
        tool = Heater.Cold(time.GetUtcNow(), ToolTimeConstant);
        bed = Heater.Cold(time.GetUtcNow(), BedTimeConstant);
    }

    private enum Phase { Idle, Printing, Done, Cancelled, Failed }

    public string Name { get; }
    public double Speed { get; }

    /// <summary>Compares in constant time, as a key check should.</summary>
    public bool IsAuthorized(string? key) =>
        key is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), apiKey);

    /// <summary>Whether the printer plays dead (every API answer fails).</summary>
    public bool IsOffline { get { lock (gate) { return offline; } } }

    /// <summary>Applies faults; see <see cref="VirtualPrinterFaults"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">FailAtPercent outside 0 &lt; x ≤ 100.</exception>
    public void SetFaults(VirtualPrinterFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.FailAtPercent is { } p && !(p > 0 && p <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(faults), p, "failAtPercent must be more than 0 and at most 100.");
        }
        lock (gate)
        {
            var now = time.GetUtcNow();
            Settle(now);
            if (faults.Reset == true)
            {
                (failAtPercent, offline, refuseUploads, error, lastPrintSucceeded, phase) = (null, false, false, null, null, Phase.Idle);
                file?.Dispose();
                file = null;
                HeatersOff(now);
            }
            failAtPercent = faults.FailAtPercent ?? failAtPercent;
            offline = faults.Offline ?? offline;
            refuseUploads = faults.RefuseUploads ?? refuseUploads;
            Settle(now); // a print already past the new failure point fails now
        }
    }

    /// <summary>Cancels the running print; false when none runs (OctoPrint answers 409).</summary>
    public bool Cancel()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Settle(now);
            if (phase != Phase.Printing)
            {
                return false;
            }
            Stop(Phase.Cancelled, (now - startedAt).TotalSeconds * Speed, now);
            return true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            file?.Dispose();
            file = null;
        }
    }

    /// <summary>Advances the print to <paramref name="now"/>: a failure point or the end reached since the last look takes effect at its own time.</summary>
    private void Settle(DateTimeOffset now)
    {
        if (phase != Phase.Printing || file is null)
        {
            return;
        }
        var elapsed = (now - startedAt).TotalSeconds * Speed;
        var failAt = failAtPercent is { } p ? file.EstimatedSeconds * p / 100 : double.PositiveInfinity;
        if (elapsed >= failAt && failAt <= file.EstimatedSeconds)
        {
            error = $"Simulated failure at {failAtPercent:0.#} %: heater decoupled (thermal runaway protection triggered).";
            Stop(Phase.Failed, failAt, startedAt + TimeSpan.FromSeconds(failAt / Speed));
        }
        else if (elapsed >= file.EstimatedSeconds)
        {
            Stop(Phase.Done, file.EstimatedSeconds, startedAt + TimeSpan.FromSeconds(file.EstimatedSeconds / Speed));
        }
    }

    private void Stop(Phase outcome, double printSeconds, DateTimeOffset at)
    {
        phase = outcome;
        stoppedAtSeconds = printSeconds;
        lastPrintSucceeded = outcome == Phase.Done;
        HeatersOff(at);
    }

    private void HeatersOff(DateTimeOffset at)
    {
        tool = tool.SetTarget(0, at, Speed);
        bed = bed.SetTarget(0, at, Speed);
    }

    private void Start(StoredGcode gcode, DateTimeOffset now)
    {
        file?.Dispose();
        (file, phase, startedAt, stoppedAtSeconds, error, lastPrintSucceeded) = (gcode, Phase.Printing, now, 0, null, null);
        tool = tool.SetTarget(gcode.ToolTemperature ?? DefaultTool, now, Speed);
        bed = bed.SetTarget(gcode.BedTemperature ?? DefaultBed, now, Speed);
    }
}

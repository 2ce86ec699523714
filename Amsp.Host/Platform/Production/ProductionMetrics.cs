using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Amsp.Domain.Catalog;
using Amsp.Domain.Production;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// The operations view's figures as OpenTelemetry metrics (meter <c>Amsp.Production</c>): printers by state and the
/// progress of each running job, as the last polling round saw them; jobs started and ended by outcome.
/// </summary>
public sealed class ProductionMetrics
{
    public const string MeterName = "Amsp.Production";

    private readonly ConcurrentDictionary<Guid, (string Name, PrinterState State, double? Progress)> printers = new();
    private readonly Counter<long> started;
    private readonly Counter<long> ended;

    public ProductionMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        started = meter.CreateCounter<long>("amsp.print_jobs.started", description: "Print jobs uploaded to a printer.");
        ended = meter.CreateCounter<long>("amsp.print_jobs.ended", description: "Print jobs ended, by status (Completed, Failed).");
        meter.CreateObservableGauge("amsp.printers", () => printers.Values.GroupBy(p => p.State)
            .Select(g => new Measurement<int>(g.Count(), new KeyValuePair<string, object?>("state", g.Key.ToString()))),
            description: "Printers by the state the last polling round saw.");
        meter.CreateObservableGauge("amsp.printer.progress", () => printers.Values.Where(p => p.Progress is not null)
            .Select(p => new Measurement<double>(p.Progress!.Value, new KeyValuePair<string, object?>("printer", p.Name))),
            unit: "%", description: "Progress of each printer's running job.");
    }

    public void Saw(Printer printer, double? progress) => printers[printer.Id] = (printer.Name, printer.State, progress);

    public void Started() => started.Add(1);

    public void Ended(PrintJobStatus status) => ended.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));
}

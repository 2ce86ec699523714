using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Amsp.Domain.Catalog;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Host.Platform.Production;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Mqtt;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Mqtt;

/// <summary>
/// Writes MQTT telemetry into the printers' live state: the printer is found by id or name among the connector's
/// organization's printers only (never another organization's); its state is set (except a printer an operator put in
/// Maintenance) and its running job's progress follows. Temperatures are kept in memory and exposed as the gauge
/// <c>amsp.printer.temperature</c> of the production meter: there is no column for them, and only the latest counts.
/// </summary>
public sealed partial class PrinterTelemetryStore
{
    private readonly IServiceScopeFactory scopes;
    private readonly ProductionMetrics metrics;
    private readonly ILogger<PrinterTelemetryStore> logger;
    private readonly ConcurrentDictionary<(Guid Printer, string Sensor), (string Name, double Actual)> temperatures = new();

    public PrinterTelemetryStore(IServiceScopeFactory scopes, ProductionMetrics metrics, IMeterFactory meters, ILogger<PrinterTelemetryStore> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        (this.scopes, this.metrics, this.logger) = (scopes, metrics, logger);
        meters.Create(ProductionMetrics.MeterName).CreateObservableGauge("amsp.printer.temperature",
            () => temperatures.Select(t => new Measurement<double>(t.Value.Actual,
                new KeyValuePair<string, object?>("printer", t.Value.Name), new KeyValuePair<string, object?>("sensor", t.Key.Sensor))),
            unit: "Cel", description: "The last temperature each printer's telemetry reported, by sensor.");
    }

    /// <summary>The last actual temperature of a printer's sensor, if telemetry reported one.</summary>
    public double? Temperature(Guid printerId, string sensor) => temperatures.TryGetValue((printerId, sensor), out var t) ? t.Actual : null;

    /// <summary>Applies one message; false when no printer of the organization matches.</summary>
    public async Task<bool> ApplyAsync(ConnectorEndpoint connector, PrinterTelemetry telemetry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(telemetry);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var ours = db.Printers.Where(p => p.OrganizationId == connector.OrganizationId);
        var matches = Guid.TryParse(telemetry.Printer, out var id)
            ? await ours.Where(p => p.Id == id).ToListAsync(ct)
            : await ours.Where(p => p.Name == telemetry.Printer).Take(2).ToListAsync(ct);
        if (matches is not [var printer])
        {
            LogUnmatched(logger, telemetry.Topic, telemetry.Printer, connector.Name, matches.Count);
            return false;
        }
        if (telemetry.State is { } state && printer.State != PrinterState.Maintenance)
        {
            printer.State = (PrinterState)(int)state;
        }
        var running = await db.PrintJobs.Where(j => j.PrinterId == printer.Id && j.Status == PrintJobStatus.Printing).FirstOrDefaultAsync(ct);
        if (running is not null && telemetry.Progress is { } progress)
        {
            running.Progress = progress;
        }
        await db.SaveChangesAsync(ct);
        foreach (var (sensor, reading) in telemetry.Temperatures)
        {
            if (reading.Actual is { } actual && double.IsFinite(actual))
            {
                temperatures[(printer.Id, sensor)] = (printer.Name, actual);
            }
        }
        metrics.Saw(printer, running?.Progress);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry on {Topic} names printer {Printer}, which is not one printer of connector {Connector}'s organization ({Matches} found)")]
    private static partial void LogUnmatched(ILogger logger, string topic, string printer, string connector, int matches);
}

using Amsp.Host.Integration.Amqp;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Mqtt;

namespace Amsp.Host.Integration.Mqtt;

/// <summary>Follows the telemetry topic of every enabled <c>mqtt</c> connector that names one, into the printers' live state.</summary>
internal sealed class MqttTelemetryHosting(IConnectorDirectory directory, MqttTelemetrySubscriber subscriber, PrinterTelemetryStore store,
    TimeProvider time, ILogger<MqttTelemetryHosting> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ConnectorRunner(directory, ConnectorKinds.Mqtt, time, logger).RunAsync(
            (connector, ct) => subscriber.RunAsync(connector, (telemetry, token) => store.ApplyAsync(connector, telemetry, token), ct), stoppingToken);
}

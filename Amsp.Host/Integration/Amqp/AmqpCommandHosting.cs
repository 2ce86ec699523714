using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Amqp;

namespace Amsp.Host.Integration.Amqp;

/// <summary>Consumes the command queue of every enabled <c>amqp</c> connector that names one.</summary>
internal sealed class AmqpCommandHosting(IConnectorDirectory directory, AmqpCommandConsumer consumer, TimeProvider time, ILogger<AmqpCommandHosting> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ConnectorRunner(directory, ConnectorKinds.Amqp, time, logger).RunAsync(ConsumeAsync, stoppingToken);

    private async Task ConsumeAsync(ConnectorEndpoint connector, CancellationToken ct)
    {
        if (ConnectorSettings.Require<AmqpSettings>(connector, s => s.Check()).CommandQueue is null)
        {
            return;
        }
        await using var running = await consumer.StartAsync(connector, ct);
        await Task.Delay(Timeout.InfiniteTimeSpan, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}

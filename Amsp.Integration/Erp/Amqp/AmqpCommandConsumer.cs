using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Amsp.Integration.Erp.Amqp;

/// <summary>
/// Consumes an <c>amqp</c> connector's command queue. Each command is applied through <see cref="IErpConfirmations"/>
/// and acknowledged only once that has committed. A command that can never succeed (too large, not JSON, unknown
/// command, an order not found or in conflict) is dead-lettered at once with the reason in the
/// <c>amsp-rejection-reason</c> header; one that failed for a passing reason is requeued after a growing pause, and the
/// broker dead-letters it after <see cref="AmqpSettings.MaxDeliveries"/> deliveries.
/// </summary>
public sealed partial class AmqpCommandConsumer(AmqpConnections connections, IErpConfirmations confirmations, TimeProvider time, ILogger<AmqpCommandConsumer> logger)
{
    /// <summary>The header a dead-lettered command carries its reason in.</summary>
    public const string ReasonHeader = "amsp-rejection-reason";

    /// <summary>A command was settled: <c>acknowledged</c>, <c>dead-lettered</c>, <c>failed</c> (about to be requeued after a pause) or <c>requeued</c>.</summary>
    public event Action<string, string>? Handled;

    /// <summary>Declares the queues and starts consuming; disposing the result stops (unacknowledged commands return to the queue).</summary>
    public async Task<IAsyncDisposable> StartAsync(ConnectorEndpoint connector, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var settings = ConnectorSettings.Require<AmqpSettings>(connector, s => s.Check());
        if (settings.CommandQueue is null)
        {
            throw new InvalidConnectorSettingsException(connector.Name, ["commandQueue is not set: the connector only publishes."]);
        }
        var connection = await connections.GetAsync(settings, connector, ct);
        var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var deadLetters = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await AmqpTopology.DeclareCommandsAsync(channel, settings, ct);
        await channel.BasicQosAsync(0, (ushort)settings.Prefetch, global: false, ct);
        var running = new Running(channel, deadLetters);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(connector, settings, running, delivery);
        await channel.BasicConsumeAsync(settings.CommandQueue, autoAck: false, consumer, ct);
        return running;
    }

    private async Task HandleAsync(ConnectorEndpoint connector, AmqpSettings settings, Running running, BasicDeliverEventArgs delivery)
    {
        var ct = running.Stopping;
        var message = ErpCommandMessage.Parse(delivery.Body, settings.MaxCommandBytes, out var problem);
        if (message is null)
        {
            await DeadLetterAsync(running, settings, delivery, problem!, ct);
            return;
        }
        var messageId = delivery.BasicProperties.MessageId is { Length: > 0 and <= 200 } id ? id : "sha256:" + Convert.ToHexString(SHA256.HashData(delivery.Body.Span));
        ErpConfirmationOutcome outcome;
        try
        {
            outcome = await AmqpConfirmationAdapter.ApplyAsync(confirmations, connector, message, messageId, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var deliveries = DeliveryCount(delivery) + 1;
            LogTransient(logger, e, messageId, connector.Name, deliveries, settings.MaxDeliveries);
            Handled?.Invoke(messageId, "failed");
            // A pause before the requeue, so a failing dependency is not hammered; the broker keeps the count.
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 1 << (int)Math.Min(deliveries - 1, 5))), time, ct);
            await running.Channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, ct);
            Handled?.Invoke(messageId, "requeued");
            return;
        }
        if (outcome.Result is ErpConfirmationResult.Applied or ErpConfirmationResult.Duplicate)
        {
            await running.Channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
            Handled?.Invoke(messageId, "acknowledged");
        }
        else
        {
            await DeadLetterAsync(running, settings, delivery, $"{outcome.Result}: {outcome.Message}", ct);
        }
    }

    // Republished to the dead-letter exchange with the reason (a plain nack cannot add one), then acknowledged; if that
    // publish fails, a nack without requeue lets the broker dead-letter it without the reason.
    private async Task DeadLetterAsync(Running running, AmqpSettings settings, BasicDeliverEventArgs delivery, string reason, CancellationToken ct)
    {
        LogDeadLetter(logger, delivery.BasicProperties.MessageId, settings.CommandQueue!, reason);
        try
        {
            var properties = new BasicProperties(delivery.BasicProperties) { Persistent = true };
            properties.Headers = new Dictionary<string, object?>(delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
            {
                [ReasonHeader] = reason,
            };
            await running.DeadLetters.BasicPublishAsync(settings.DeadLetterExchangeName, settings.CommandQueue!, mandatory: true, properties, delivery.Body, ct);
            await running.Channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
            Handled?.Invoke(delivery.BasicProperties.MessageId ?? "", "dead-lettered");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDeadLetterFailed(logger, e, delivery.BasicProperties.MessageId);
            await running.Channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false, ct);
        }
    }

    private static long DeliveryCount(BasicDeliverEventArgs delivery) =>
        delivery.BasicProperties.Headers?.TryGetValue("x-delivery-count", out var value) == true && value is not null ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private sealed class Running(IChannel channel, IChannel deadLetters) : IAsyncDisposable
    {
        private readonly CancellationTokenSource stopping = new();

        public IChannel Channel => channel;

        public IChannel DeadLetters => deadLetters;

        public CancellationToken Stopping => stopping.Token;

        public async ValueTask DisposeAsync()
        {
            await stopping.CancelAsync();
            await channel.DisposeAsync();
            await deadLetters.DisposeAsync();
            stopping.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP command {MessageId} of connector {Connector} failed (delivery {Deliveries} of {Max}); requeued")]
    private static partial void LogTransient(ILogger logger, Exception exception, string messageId, string connector, long deliveries, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP command {MessageId} from queue {Queue} dead-lettered: {Reason}")]
    private static partial void LogDeadLetter(ILogger logger, string? messageId, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "ERP command {MessageId} could not be republished to the dead letters; rejected to the broker's dead-lettering")]
    private static partial void LogDeadLetterFailed(ILogger logger, Exception exception, string? messageId);
}

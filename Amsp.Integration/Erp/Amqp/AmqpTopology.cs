using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RabbitMQ.Client;

namespace Amsp.Integration.Erp.Amqp;

/// <summary>The exchanges and queues the platform declares itself (durable; declaring again is a no-op on the broker).</summary>
internal static class AmqpTopology
{
    private static readonly ConditionalWeakTable<IChannel, ConcurrentDictionary<string, bool>> Declared = [];

    /// <summary>Declares the exchange once per channel (the client re-declares it after a recovery).</summary>
    public static async Task EnsureExchangeAsync(IChannel channel, string exchange, string type, CancellationToken ct)
    {
        var seen = Declared.GetOrCreateValue(channel);
        if (!seen.ContainsKey(exchange))
        {
            await channel.ExchangeDeclareAsync(exchange, type, durable: true, autoDelete: false, cancellationToken: ct);
            seen[exchange] = true;
        }
    }

    /// <summary>
    /// The command queue (a quorum queue: it counts deliveries, so a command that keeps failing is dead-lettered after
    /// <see cref="AmqpSettings.MaxDeliveries"/>) with its dead-letter exchange and queue.
    /// </summary>
    public static async Task DeclareCommandsAsync(IChannel channel, AmqpSettings settings, CancellationToken ct)
    {
        var queue = settings.CommandQueue ?? throw new InvalidOperationException("The connector has no command queue.");
        await channel.ExchangeDeclareAsync(settings.DeadLetterExchangeName, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(settings.DeadLetterQueueName, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: ct);
        await channel.QueueBindAsync(settings.DeadLetterQueueName, settings.DeadLetterExchangeName, queue, cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-dead-letter-exchange"] = settings.DeadLetterExchangeName,
            ["x-dead-letter-routing-key"] = queue,
            // The broker dead-letters a command requeued more often than this.
            ["x-delivery-limit"] = settings.MaxDeliveries - 1,
        }, cancellationToken: ct);
    }
}

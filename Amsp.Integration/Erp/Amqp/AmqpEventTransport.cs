using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Amsp.Integration.Erp.Amqp;

/// <summary>
/// Publishes outbox events to the connector's topic exchange, routing key <c>&lt;type&gt;.&lt;version&gt;</c>
/// (e.g. <c>order.status-changed.v1</c>), as persistent messages whose <c>message_id</c> is the event id and
/// <c>correlation_id</c> the order number. Each publish waits for the broker's confirm: a nack, a timeout or a broker
/// out of reach is a retry for the dispatcher; unusable settings are a failure.
/// </summary>
public sealed class AmqpEventTransport(AmqpConnections connections) : IEventTransport, IAsyncDisposable
{
    private readonly ConcurrentDictionary<IConnection, Lazy<Task<IChannel>>> channels = new();

    public string Kind => ConnectorKinds.Amqp;

    public async Task<DeliveryResult> DeliverAsync(ConnectorEndpoint connector, OutboundEvent outboundEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(outboundEvent);
        AmqpSettings settings;
        try
        {
            settings = ConnectorSettings.Require<AmqpSettings>(connector, s => s.Check());
        }
        catch (InvalidConnectorSettingsException e)
        {
            return DeliveryResult.Fail(e.Message);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.ConfirmTimeoutSeconds));
        try
        {
            var channel = await ChannelAsync(settings, connector, timeout.Token);
            var properties = Properties(outboundEvent);
            await channel.BasicPublishAsync(settings.Exchange, RoutingKey(outboundEvent), mandatory: false, properties,
                Encoding.UTF8.GetBytes(outboundEvent.Body), timeout.Token);
            return DeliveryResult.Success;
        }
        catch (PublishException e)
        {
            return DeliveryResult.Retry($"The broker did not take event {outboundEvent.Id} (nack of publish {e.PublishSequenceNumber}).");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryResult.Retry($"The broker did not confirm event {outboundEvent.Id} within {settings.ConfirmTimeoutSeconds} s.");
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException or System.Net.Sockets.SocketException)
        {
            return DeliveryResult.Retry($"The broker of connector '{connector.Name}' is out of reach: {e.Message}");
        }
    }

    /// <summary>The routing key of an event: its type and version, e.g. <c>order.status-changed.v1</c>.</summary>
    public static string RoutingKey(OutboundEvent e) => $"{e.Type}.{e.Version}";

    internal static BasicProperties Properties(OutboundEvent e) => new()
    {
        Persistent = true,
        MessageId = e.Id.ToString(),
        CorrelationId = e.OrderNumber,
        Type = RoutingKey(e),
        ContentType = "application/json",
        ContentEncoding = "utf-8",
        Timestamp = new AmqpTimestamp(e.OccurredAt.ToUnixTimeSeconds()),
        AppId = "amsp",
        Headers = new Dictionary<string, object?>
        {
            ["amsp-sequence"] = e.Sequence,
            ["amsp-organization"] = e.OrganizationId.ToString(),
            ["amsp-occurred-at"] = e.OccurredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    // One confirming channel per connection, shared by concurrent publishes; its exchange declared once.
    private async Task<IChannel> ChannelAsync(AmqpSettings settings, ConnectorEndpoint connector, CancellationToken ct)
    {
        var connection = await connections.GetAsync(settings, connector, ct);
        if (!connection.IsOpen)
        {
            // The client is recovering the connection and its channels; a new channel now would fail or leak.
            throw new IOException("The connection to the broker is being recovered.");
        }
        var lazy = channels.GetOrAdd(connection, c => new Lazy<Task<IChannel>>(() => OpenAsync(c)));
        IChannel channel;
        try
        {
            channel = await lazy.Value.WaitAsync(ct);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            channels.TryRemove(new(connection, lazy));
            throw;
        }
        if (channel.IsClosed)
        {
            channels.TryRemove(new(connection, lazy));
            return await ChannelAsync(settings, connector, ct);
        }
        await AmqpTopology.EnsureExchangeAsync(channel, settings.Exchange, ExchangeType.Topic, ct);
        return channel;
    }

    private static async Task<IChannel> OpenAsync(IConnection connection)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in channels.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            await lazy.Value.Result.DisposeAsync();
        }
        channels.Clear();
    }
}

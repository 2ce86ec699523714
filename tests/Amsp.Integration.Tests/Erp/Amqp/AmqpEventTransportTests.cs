using Amsp.Integration.Erp;
using System.Text;
using Amsp.Integration.Erp.Amqp;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Amsp.Integration.Tests.Erp.Amqp;

[Trait("Category", "Brokers")]
public sealed class AmqpEventTransportTests
{
    [SkippableFact]
    public async Task An_event_arrives_on_the_topic_exchange_persistent_with_every_property()
    {
        var exchange = RabbitMqServer.Unique("amsp.test.events");
        var connector = RabbitMqServer.Connector(new { uri = "@uri", exchange });
        await using var connections = new AmqpConnections();
        await using var transport = new AmqpEventTransport(connections);
        var first = Event("order.status-changed", 1);

        // The exchange is declared by the first publish; the ERP's queue binds to it afterwards.
        Assert.Equal(DeliveryResult.Success, await transport.DeliverAsync(connector, first, default));
        await using var connection = await RabbitMqServer.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "order.*.v1");
        var received = new TaskCompletionSource<BasicDeliverEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, e) =>
        {
            received.TrySetResult(e);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        var second = Event("order.status-changed", 2);
        Assert.Equal(DeliveryResult.Success, await transport.DeliverAsync(connector, second, default));
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("order.status-changed.v1", message.RoutingKey);
        Assert.Equal(exchange, message.Exchange);
        var p = message.BasicProperties;
        Assert.True(p.Persistent);
        Assert.Equal(second.Id.ToString(), p.MessageId);
        Assert.Equal("AMSP-2026-000042", p.CorrelationId);
        Assert.Equal("order.status-changed.v1", p.Type);
        Assert.Equal("application/json", p.ContentType);
        Assert.Equal(second.OccurredAt.ToUnixTimeSeconds(), p.Timestamp.UnixTime);
        Assert.Equal(2L, p.Headers!["amsp-sequence"]);
        Assert.Equal(second.Body, Encoding.UTF8.GetString(message.Body.Span));
    }

    [SkippableFact]
    public async Task A_broker_out_of_reach_is_a_retry_and_bad_settings_a_failure()
    {
        RabbitMqServer.Address();
        await using var connections = new AmqpConnections();
        await using var transport = new AmqpEventTransport(connections);
        var closedPort = new ConnectorEndpoint(Guid.NewGuid(), Guid.NewGuid(), ConnectorKinds.Amqp, "down", """{"uri":"amqp://127.0.0.1:1/"}""", []);
        var retry = await transport.DeliverAsync(closedPort, Event("order.created", 1), default);
        Assert.False(retry.Delivered);
        Assert.True(retry.Retryable);
        Assert.Contains("out of reach", retry.Error, StringComparison.Ordinal);

        var bad = closedPort with { SettingsJson = """{"uri":"amqp://u:hunter2@127.0.0.1/","exchange":"amq.topic"}""" };
        var fail = await transport.DeliverAsync(bad, Event("order.created", 1), default);
        Assert.False(fail.Retryable);
        Assert.Contains("password", fail.Error, StringComparison.Ordinal);
        Assert.Contains("amq.", fail.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", fail.Error, StringComparison.Ordinal);
    }

    internal static OutboundEvent Event(string type, long sequence) => new(
        Guid.NewGuid(), type, "v1", Guid.NewGuid(), null, "AMSP-2026-000042", sequence, new DateTimeOffset(2026, 11, 29, 10, 0, (int)sequence, TimeSpan.Zero),
        $$$"""{"type":"{{{type}}}","timestamp":"2026-11-29T10:00:00Z","data":{"orderNumber":"AMSP-2026-000042","sequence":{{{sequence}}} }}""");
}

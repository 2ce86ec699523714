using System.Text;
using System.Threading.Channels;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Mqtt;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MQTTnet;
using MQTTnet.Protocol;
using Wire = Amsp.Integration.Printers.PrinterState;

namespace Amsp.Integration.Tests.Erp.Mqtt;

[Trait("Category", "Brokers")]
public sealed class MqttTransportTests(MosquittoServer broker) : IClassFixture<MosquittoServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task Job_status_is_published_at_qos_1_and_retained_for_a_subscriber_that_comes_later()
    {
        MosquittoServer.Require();
        var job = Guid.NewGuid().ToString();
        var body = $$$"""{"type":"print-job.status-changed","timestamp":"2026-11-29T10:00:00Z","data":{"printJobId":"{{{job}}}","status":"Printing","progress":12.5}}""";
        var e = new OutboundEvent(Guid.NewGuid(), "print-job.status-changed", "v1", Guid.NewGuid(), null, "AMSP-2026-000042", 3, DateTimeOffset.UnixEpoch, body);
        await using var transport = new MqttEventTransport();

        Assert.Equal(DeliveryResult.Success, await transport.DeliverAsync(broker.Connector(Guid.NewGuid()), e, default));

        var (client, messages) = await SubscribeAsync("amsp/jobs/+/status");
        using (client)
        {
            var message = await ReadAsync(messages, m => m.Topic == $"amsp/jobs/{job}/status");
            Assert.True(message.Retain);
            Assert.Equal(MqttQualityOfServiceLevel.AtLeastOnce, message.QualityOfServiceLevel);
            Assert.Equal(body, Encoding.UTF8.GetString(message.Payload));
            Assert.Equal("application/json", message.ContentType);
            Assert.Equal(e.Id.ToString(), Encoding.UTF8.GetString(message.CorrelationData));
        }
    }

    [SkippableFact]
    public async Task Other_events_go_to_the_event_topic_unretained()
    {
        MosquittoServer.Require();
        var (client, messages) = await SubscribeAsync("amsp/events/#");
        using (client)
        {
            var e = new OutboundEvent(Guid.NewGuid(), "order.status-changed", "v1", Guid.NewGuid(), null, "AMSP-2026-000042", 1, DateTimeOffset.UnixEpoch, "{}");
            await using var transport = new MqttEventTransport();

            Assert.Equal(DeliveryResult.Success, await transport.DeliverAsync(broker.Connector(Guid.NewGuid()), e, default));

            var message = await ReadAsync(messages, m => m.Topic == "amsp/events/order.status-changed.v1");
            Assert.False(message.Retain);
        }
    }

    [SkippableFact]
    public async Task Telemetry_is_read_from_the_topic_and_a_message_that_is_not_telemetry_is_dropped()
    {
        MosquittoServer.Require();
        var received = Channel.CreateUnbounded<PrinterTelemetry>();
        var subscriber = new MqttTelemetrySubscriber(TimeProvider.System, NullLogger<MqttTelemetrySubscriber>.Instance);
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.Subscribed += _ => subscribed.TrySetResult();
        using var stop = new CancellationTokenSource();
        var topic = $"t{Guid.NewGuid():N}/printers/+/telemetry";
        var run = subscriber.RunAsync(broker.Connector(Guid.NewGuid(), topic), (t, ct) => received.Writer.WriteAsync(t, ct).AsTask(), stop.Token);
        await subscribed.Task.WaitAsync(Wait);

        await PublishAsync(topic.Replace("+", "P-01", StringComparison.Ordinal), "{not json");
        await PublishAsync(topic.Replace("+", "P-01", StringComparison.Ordinal),
            """{"state":"printing","progress":42.5,"temperatures":{"nozzle":{"actual":214.8,"target":215},"bed":{"actual":60,"target":60}}}""");

        var telemetry = await received.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("P-01", telemetry.Printer);
        Assert.Equal(Wire.Printing, telemetry.State);
        Assert.Equal(42.5, telemetry.Progress);
        Assert.Equal(new TemperatureReading(214.8, 215), telemetry.Temperatures["nozzle"]);
        await stop.CancelAsync();
        await run.WaitAsync(Wait);
    }

    [SkippableFact]
    public async Task The_subscriber_reconnects_with_backoff_after_the_broker_restarts()
    {
        MosquittoServer.Require();
        var clock = new FakeTimeProvider();
        var received = Channel.CreateUnbounded<PrinterTelemetry>();
        var subscriber = new MqttTelemetrySubscriber(clock, NullLogger<MqttTelemetrySubscriber>.Instance);
        var subscriptions = Channel.CreateUnbounded<bool>();
        subscriber.Subscribed += _ => subscriptions.Writer.TryWrite(true);
        using var stop = new CancellationTokenSource();
        var topic = $"r{Guid.NewGuid():N}/printers/+/telemetry";
        var run = subscriber.RunAsync(broker.Connector(Guid.NewGuid(), topic), (t, ct) => received.Writer.WriteAsync(t, ct).AsTask(), stop.Token);
        await subscriptions.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        await broker.StopAsync();
        // While the broker is away the subscriber waits 1, 2, 4 … s on its clock between attempts.
        clock.Advance(TimeSpan.FromSeconds(5));
        await broker.StartAsync();
        var again = subscriptions.Reader.ReadAsync().AsTask();
        for (var round = 0; round < 200 && !again.IsCompleted; round++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(again, Task.Delay(50));
        }
        await again.WaitAsync(Wait);

        await PublishAsync(topic.Replace("+", "P-02", StringComparison.Ordinal), """{"state":"operational"}""");
        Assert.Equal("P-02", (await received.Reader.ReadAsync().AsTask().WaitAsync(Wait)).Printer);
        await stop.CancelAsync();
        await run.WaitAsync(Wait);
    }

    private async Task<(IMqttClient, Channel<MqttApplicationMessage>)> SubscribeAsync(string filter)
    {
        var messages = Channel.CreateUnbounded<MqttApplicationMessage>();
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e => messages.Writer.WriteAsync(e.ApplicationMessage).AsTask();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        return (client, messages);
    }

    private async Task PublishAsync(string topic, string payload)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).Build());
        await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await client.DisconnectAsync();
    }

    private static async Task<MqttApplicationMessage> ReadAsync(Channel<MqttApplicationMessage> messages, Func<MqttApplicationMessage, bool> match)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var message = await messages.Reader.ReadAsync(timeout.Token);
            if (match(message))
            {
                return message;
            }
        }
    }
}

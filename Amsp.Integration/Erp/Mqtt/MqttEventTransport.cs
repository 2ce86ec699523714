using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace Amsp.Integration.Erp.Mqtt;

/// <summary>
/// Publishes outbox events to a connector's MQTT broker at QoS 1: print job events (type <c>print-job.*</c>) to
/// <c>amsp/jobs/&lt;job id&gt;/status</c>, retained so a late subscriber sees each job's last status, and other events to
/// <c>amsp/events/&lt;type&gt;.&lt;version&gt;</c>. The broker's PUBACK is the delivery; no answer, a refusal or a broker
/// out of reach is a retry. One connection per connector, kept open and reopened on demand.
/// </summary>
public sealed class MqttEventTransport : IEventTransport, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, (IMqttClient Client, SemaphoreSlim Gate)> clients = new();

    public string Kind => ConnectorKinds.Mqtt;

    public async Task<DeliveryResult> DeliverAsync(ConnectorEndpoint connector, OutboundEvent outboundEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(outboundEvent);
        MqttSettings settings;
        try
        {
            settings = ConnectorSettings.Require<MqttSettings>(connector, s => s.Check());
        }
        catch (InvalidConnectorSettingsException e)
        {
            return DeliveryResult.Fail(e.Message);
        }
        var (topic, retain) = TopicOf(settings, outboundEvent);
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(Encoding.UTF8.GetBytes(outboundEvent.Body))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).WithContentType("application/json")
            .WithCorrelationData(Encoding.UTF8.GetBytes(outboundEvent.Id.ToString()))
            .WithUserProperty("message-id", Encoding.UTF8.GetBytes(outboundEvent.Id.ToString()).AsMemory())
            .WithUserProperty("type", Encoding.UTF8.GetBytes($"{outboundEvent.Type}.{outboundEvent.Version}").AsMemory())
            .Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            var client = await ConnectedAsync(settings, connector, timeout.Token);
            var result = await client.PublishAsync(message, timeout.Token);
            return result.IsSuccess ? DeliveryResult.Success
                : DeliveryResult.Retry($"The MQTT broker refused event {outboundEvent.Id} on {topic}: {result.ReasonCode} {result.ReasonString}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryResult.Retry($"The MQTT broker did not acknowledge event {outboundEvent.Id} within 15 s.");
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or MQTTnet.Adapter.MqttConnectingFailedException or InvalidOperationException)
        {
            return DeliveryResult.Retry($"The MQTT broker of connector '{connector.Name}' is out of reach: {e.Message}");
        }
    }

    /// <summary>The topic an event goes to, and whether it is retained.</summary>
    public static (string Topic, bool Retain) TopicOf(MqttSettings settings, OutboundEvent e)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Type.StartsWith("print-job.", StringComparison.Ordinal) && JobIdOf(e.Body) is { } job)
        {
            return (settings.JobStatusTopic.Replace("{jobId}", job, StringComparison.Ordinal), settings.RetainJobStatus);
        }
        return (settings.EventTopic.Replace("{type}", $"{e.Type}.{e.Version}", StringComparison.Ordinal), false);
    }

    // The job's id from the event's data (printJobId, jobId or id), kept to characters safe in a topic level.
    private static string? JobIdOf(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var data = doc.RootElement.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : doc.RootElement;
            foreach (var name in new[] { "printJobId", "jobId", "id" })
            {
                if (data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    && value.GetString() is { Length: > 0 and <= 100 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                {
                    return id;
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private async Task<IMqttClient> ConnectedAsync(MqttSettings settings, ConnectorEndpoint connector, CancellationToken ct)
    {
        var (client, gate) = clients.GetOrAdd(connector.Id, _ => (MqttClients.Factory.CreateMqttClient(), new SemaphoreSlim(1, 1)));
        if (client.IsConnected)
        {
            return client;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (!client.IsConnected)
            {
                await client.ConnectAsync(MqttClients.Options(settings, connector, "publish"), ct);
            }
            return client;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (client, gate) in clients.Values)
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync();
            }
            client.Dispose();
            gate.Dispose();
        }
        clients.Clear();
    }
}

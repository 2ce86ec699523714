using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Amsp.Integration.Erp.Mqtt;

/// <summary>
/// Follows a connector's telemetry topic at QoS 1 and hands each message to <c>apply</c>, acknowledging it only after
/// that returned (a crash before redelivers it; the session is persistent). A message that is not telemetry is logged
/// and acknowledged (it would never become readable). When the broker goes away the subscriber reconnects after
/// 1, 2, 4 … 60 s (on the given clock), starting again at 1 s once connected.
/// </summary>
public sealed partial class MqttTelemetrySubscriber(TimeProvider time, ILogger<MqttTelemetrySubscriber> logger)
{
    /// <summary>The longest pause between two connection attempts.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    /// <summary>Connected and subscribed, for tests and health.</summary>
    public event Action<ConnectorEndpoint>? Subscribed;

    /// <summary>Runs until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(ConnectorEndpoint connector, Func<PrinterTelemetry, CancellationToken, Task> apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var settings = ConnectorSettings.Require<MqttSettings>(connector, s => s.Check());
        if (settings.TelemetryTopic is not { } filter)
        {
            return;
        }
        using var client = MqttClients.Factory.CreateMqttClient();
        client.ApplicationMessageReceivedAsync += async e =>
        {
            e.AutoAcknowledge = false;
            await HandleAsync(connector, settings, filter, e, apply, ct);
            await e.AcknowledgeAsync(ct);
        };
        var backoff = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Task OnDisconnected(MqttClientDisconnectedEventArgs _)
                {
                    disconnected.TrySetResult();
                    return Task.CompletedTask;
                }
                client.DisconnectedAsync += OnDisconnected;
                try
                {
                    await client.ConnectAsync(MqttClients.Options(settings, connector, "telemetry"), ct);
                    var subscription = MqttClients.Factory.CreateSubscribeOptionsBuilder()
                        .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build();
                    var result = await client.SubscribeAsync(subscription, ct);
                    if (result.Items.Any(i => (int)i.ResultCode > 2))
                    {
                        throw new InvalidOperationException($"The broker refused the subscription to {filter}: {result.Items.First().ResultCode}.");
                    }
                    LogSubscribed(logger, connector.Name, filter);
                    backoff = TimeSpan.FromSeconds(1);
                    Subscribed?.Invoke(connector);
                    await disconnected.Task.WaitAsync(ct);
                }
                finally
                {
                    client.DisconnectedAsync -= OnDisconnected;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogConnectFailed(logger, e, connector.Name, backoff.TotalSeconds);
            }
            LogReconnecting(logger, connector.Name, backoff.TotalSeconds);
            try
            {
                await Task.Delay(backoff, time, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
        if (client.IsConnected)
        {
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }
    }

    private async Task HandleAsync(ConnectorEndpoint connector, MqttSettings settings, string filter, MqttApplicationMessageReceivedEventArgs e,
        Func<PrinterTelemetry, CancellationToken, Task> apply, CancellationToken ct)
    {
        var message = e.ApplicationMessage;
        var payload = message.Payload;
        var telemetry = payload.Length > settings.MaxPayloadBytes
            ? PrinterTelemetry.Parse(message.Topic, filter, new byte[settings.MaxPayloadBytes + 1], settings.MaxPayloadBytes, out var reason)
            : PrinterTelemetry.Parse(message.Topic, filter, System.Buffers.BuffersExtensions.ToArray(payload), settings.MaxPayloadBytes, out reason);
        if (telemetry is null)
        {
            LogDropped(logger, message.Topic, connector.Name, reason!);
            return;
        }
        try
        {
            await apply(telemetry, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Telemetry is state, not history: the next sample replaces this one, so it is not kept for redelivery.
            LogApplyFailed(logger, ex, message.Topic, connector.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT connector {Connector} subscribed to {Filter}")]
    private static partial void LogSubscribed(ILogger logger, string connector, string filter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT connector {Connector} could not connect or lost its broker; next try in {Seconds} s")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, string connector, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT connector {Connector} reconnecting in {Seconds} s")]
    private static partial void LogReconnecting(ILogger logger, string connector, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry on {Topic} (connector {Connector}) dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, string topic, string connector, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telemetry on {Topic} (connector {Connector}) could not be applied")]
    private static partial void LogApplyFailed(ILogger logger, Exception exception, string topic, string connector);
}

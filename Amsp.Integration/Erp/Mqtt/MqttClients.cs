using MQTTnet;

namespace Amsp.Integration.Erp.Mqtt;

/// <summary>Client options for a connector's broker: MQTT 5, a persistent session (QoS 1 messages wait while we are away).</summary>
internal static class MqttClients
{
    public static MqttClientFactory Factory { get; } = new();

    public static MqttClientOptions Options(MqttSettings settings, ConnectorEndpoint connector, string role)
    {
        var uri = new Uri(settings.Uri);
        var tls = uri.Scheme == "mqtts";
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? (tls ? 8883 : 1883) : uri.Port)
            .WithClientId($"{settings.ClientId ?? "amsp-" + connector.Id.ToString("N")}-{role}")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (tls)
        {
            builder.WithTlsOptions(o => o.UseTls());
        }
        if (settings.Username is { } user)
        {
            builder.WithCredentials(user, connector.Secrets.Count > 0 ? connector.Secrets[0] : null);
        }
        return builder.Build();
    }
}

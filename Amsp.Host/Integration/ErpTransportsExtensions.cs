using Amsp.Host.Integration.Amqp;
using Amsp.Host.Integration.Mqtt;
using Amsp.Host.Integration.Sftp;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Amqp;
using Amsp.Integration.Erp.Mqtt;
using Amsp.Integration.Erp.Sftp;

namespace Amsp.Host.Integration;

public static class ErpTransportsExtensions
{
    /// <summary>
    /// The broker and file transports of the ERP connectors: AMQP and MQTT publishers for the outbox
    /// (<see cref="IEventTransport"/>), the AMQP command consumers, the MQTT telemetry subscriptions and the scheduled
    /// SFTP exchange. Needs <see cref="IConnectorDirectory"/> and <see cref="IErpConfirmations"/> registered.
    /// </summary>
    public static IServiceCollection AddAmspErpTransports(this IServiceCollection services)
    {
        services.AddSingleton<AmqpConnections>();
        services.AddSingleton<AmqpEventTransport>();
        services.AddSingleton<IEventTransport>(sp => sp.GetRequiredService<AmqpEventTransport>());
        services.AddSingleton<MqttEventTransport>();
        services.AddSingleton<IEventTransport>(sp => sp.GetRequiredService<MqttEventTransport>());
        services.AddSingleton<ScopedErpConfirmations>();
        services.AddSingleton(sp => new AmqpCommandConsumer(sp.GetRequiredService<AmqpConnections>(), sp.GetRequiredService<ScopedErpConfirmations>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AmqpCommandConsumer>>()));
        services.AddSingleton<MqttTelemetrySubscriber>();
        services.AddSingleton<PrinterTelemetryStore>();
        services.AddSingleton(sp => new SftpConfirmationImport(sp.GetRequiredService<ScopedErpConfirmations>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<SftpOrderRows>();
        services.AddOptions<SftpExchangeOptions>().BindConfiguration(SftpExchangeOptions.Section)
            .Validate(o => o.Interval >= TimeSpan.Zero && o.SettleTime >= TimeSpan.Zero, "Amsp:Erp:Sftp: Interval and SettleTime must not be negative.")
            .ValidateOnStart();
        services.AddHostedService<AmqpCommandHosting>();
        services.AddHostedService<MqttTelemetryHosting>();
        services.AddHostedService<SftpExchangeScheduling>();
        return services;
    }
}

using Amsp.Host.Integration.Connectors;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Webhooks;

namespace Amsp.Host.Integration.Outbox;

/// <summary>The integration outbox: options, transports' shared parts, the dispatcher, and its API.</summary>
public static class OutboxExtensions
{
    public static IServiceCollection AddAmspOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddWebhookTransport();
        services.AddSingleton<ConnectorSecrets>();
        services.AddSingleton<IConnectorDirectory, ConnectorDirectory>();
        services.AddScoped<EventAccess>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    public static void MapAmspOutbox(this IEndpointRouteBuilder routes)
    {
        routes.MapSchemasApi();
        routes.MapEventsApi();
        routes.MapConnectorsApi();
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Integration.Erp.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>Answers are read no further than their headers, but a receiver's error page is bounded anyway.</summary>
    private const long MaxResponseBytes = 1 << 20;

    /// <summary>The webhook transport (<see cref="IEventTransport"/> of kind <c>webhook</c>) and its HTTP client.</summary>
    public static IServiceCollection AddWebhookTransport(this IServiceCollection services)
    {
        // Each attempt's limit is the connector's own timeout, on the injected clock; redirects are not followed.
        services.AddHttpClient(WebhookTransport.ClientName, c =>
            {
                c.Timeout = Timeout.InfiniteTimeSpan;
                c.MaxResponseContentBufferSize = MaxResponseBytes;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<IEventTransport, WebhookTransport>();
        return services;
    }
}

using Amsp.Integration.Erp;

namespace Amsp.Host.Integration.Inbound;

/// <summary>The inbound side of the ERP integration: the <c>/api/erp</c> API, its idempotency keys, and confirmations.</summary>
public static class InboundExtensions
{
    public static IServiceCollection AddAmspErpInbound(this IServiceCollection services)
    {
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<IErpConfirmations, ErpConfirmations>();
        return services;
    }

    public static void MapAmspErpInbound(this IEndpointRouteBuilder routes) => routes.MapErpApi();
}

using Amsp.Host.Integration.Machine;
using Amsp.Domain.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.Options;
using Microsoft.OData.UriParser;

namespace Amsp.Host.Integration.OData;

/// <summary>
/// The OData v4 feed for ERP pull at <c>/odata</c> (docs/odata.md): orders, order lines, quotes, print jobs, inspections,
/// certificates and shipments, each scoped to the caller's organizations. Minimal-API endpoints with the library's OData
/// serializer, like the rest of the host; it stays out of the OpenAPI document, <c>/odata/$metadata</c> describes it.
/// </summary>
public static class ODataFeedApi
{
    public const string Prefix = "/odata";

    public static IServiceCollection AddAmspODataFeed(this IServiceCollection services)
    {
        services.AddOptions<ODataFeedOptions>().BindConfiguration(ODataFeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FeedScope>();
        services.AddScoped<FeedExpansion>();
        services.AddScoped<FeedQuery>();
        return services;
    }

    public static RouteGroupBuilder MapAmspODataFeed(this IEndpointRouteBuilder routes)
    {
        var model = FeedModel.Build();
        var feed = routes.MapGroup(Prefix).ExcludeFromDescription()
            .RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', FeedScope.Roles.Append(AmspRoles.Admin)) })
            .RequireErpScope(ErpScopes.OrdersRead);
        var maxTop = routes.ServiceProvider.GetRequiredService<IOptions<ODataFeedOptions>>().Value.MaxTop;
        // Every query option on every property; FeedQuery's validation decides what a query may ask.
        feed.WithODataResult().WithODataModel(model).WithODataOptions(o => o.EnableAll(maxTop))
            // Enum values compare to plain strings (Status eq 'Shipped'), as ERP clients write them.
            .WithODataServices(s => s.AddSingleton<ODataUriResolver>(new StringAsEnumResolver()));
        feed.MapODataServiceDocument("", model);
        feed.MapODataMetadata("/$metadata", model);
        Set(feed, "Orders", "orderId", s => s.Orders());
        Set(feed, "OrderLines", "orderLineId", s => s.OrderLines());
        Set(feed, "Quotes", "quoteId", s => s.Quotes());
        Set(feed, "PrintJobs", "printJobId", s => s.PrintJobs());
        Set(feed, "Inspections", "inspectionId", s => s.Inspections());
        Set(feed, "Certificates", "certificateId", s => s.Certificates());
        Set(feed, "Shipments", "shipmentId", s => s.Shipments());
        return feed;
    }

    // The set, and one row by its key: Orders(5f0c...) (route parameters are named after what they hold).
    private static void Set<T>(RouteGroupBuilder feed, string set, string key, Func<FeedScope, IQueryable<T>> rows) where T : class, IFeedRow
    {
        feed.MapGet($"/{set}", (HttpContext http, FeedScope scope, FeedQuery query, CancellationToken ct) =>
            query.ListAsync(http, set, rows(scope), ct));
        feed.MapGet($"/{set}({{{key}:guid}})", (HttpContext http, FeedScope scope, FeedQuery query, CancellationToken ct) =>
            query.FindAsync(http, set, rows(scope), Guid.Parse((string)http.GetRouteValue(key)!), ct));
    }
}

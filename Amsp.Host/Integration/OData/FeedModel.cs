using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace Amsp.Host.Integration.OData;

/// <summary>The feed's entity data model (what <c>/odata/$metadata</c> describes): the read models under the namespace <c>Amsp</c>.</summary>
public static class FeedModel
{
    public const string Namespace = "Amsp";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "Feed" };
        Set<FeedOrder>(builder, "Orders", "Order");
        Set<FeedOrderLine>(builder, "OrderLines", "OrderLine");
        Set<FeedQuote>(builder, "Quotes", "Quote");
        Set<FeedPrintJob>(builder, "PrintJobs", "PrintJob");
        Set<FeedInspection>(builder, "Inspections", "Inspection");
        Set<FeedCertificate>(builder, "Certificates", "Certificate");
        Set<FeedShipment>(builder, "Shipments", "Shipment");
        var item = builder.ComplexType<QuoteLine>();
        item.Namespace = Namespace;
        item.Name = "QuoteItem";
        Enum<OrderStatus>(builder);
        Enum<QuoteStatus>(builder);
        Enum<QuoteLineKind>(builder);
        Enum<PrintJobStatus>(builder);
        Enum<InspectionStatus>(builder);
        return builder.GetEdmModel();
    }

    // The key is Id, by convention.
    private static void Set<T>(ODataConventionModelBuilder builder, string set, string name) where T : class, IFeedRow
    {
        var type = builder.EntitySet<T>(set).EntityType;
        type.Namespace = Namespace;
        type.Name = name;
    }

    private static void Enum<T>(ODataConventionModelBuilder builder) where T : struct, Enum => builder.EnumType<T>().Namespace = Namespace;
}

namespace Amsp.Host.Integration.Machine;

/// <summary>The scopes a machine client can be given; a token carries those it asked for (all of its own by default).</summary>
public static class ErpScopes
{
    /// <summary>Read orders: the OData feed and the order reads of the ERP surface.</summary>
    public const string OrdersRead = "orders.read";

    /// <summary>Create requirements and orders, and confirm or reject an order's waiting step.</summary>
    public const string OrdersWrite = "orders.write";

    /// <summary>Read the integration events (<c>/api/integration/events</c>).</summary>
    public const string EventsRead = "events.read";

    /// <summary>Ask for an event or a time range of events to be delivered again.</summary>
    public const string EventsReplay = "events.replay";

    public static IReadOnlyList<string> All { get; } = [OrdersRead, OrdersWrite, EventsRead, EventsReplay];
}

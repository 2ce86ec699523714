namespace Amsp.Domain.Integration;

/// <summary>
/// One row of the transactional outbox: an integration event written in the same transaction as the change it
/// reports, so an event exists exactly when its change was committed. Its id (a version 7 Guid) is the idempotency key
/// every transport passes on; its body is the JSON document sent as is.
/// </summary>
public class IntegrationEvent
{
    public Guid Id { get; set; }

    /// <summary>The type without its version, e.g. <c>order.status-changed</c> (<see cref="EventTypes"/>).</summary>
    public string Type { get; set; } = "";

    /// <summary>The contract's version, <c>v1</c>.</summary>
    public string Version { get; set; } = EventTypes.V1;

    /// <summary>The customer's organization whose order the event is about.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The AM centre concerned: the quoting centre, the producing one, or the one whose quote was accepted.</summary>
    public Guid? AmCentreId { get; set; }

    public Guid? OrderId { get; set; }

    public string? OrderNumber { get; set; }

    /// <summary>The event's place among its order's events, from 1, in commit order (see <see cref="OrderEventCounter"/>).</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Only this connector receives the event (a workflow's SendToErp step naming one); null: every subscriber.</summary>
    public Guid? TargetConnectorId { get; set; }

    /// <summary>The envelope sent: <c>{"id","type","version","timestamp","sequence","orderNumber","data"}</c>.</summary>
    public string Body { get; set; } = "{}";

    public List<EventDelivery> Deliveries { get; set; } = [];

    /// <summary>The data of an event added but not saved yet: saving numbers it, wraps it in the envelope and fans it out.</summary>
    public string? PendingData { get; set; }

    /// <summary>A new event of an order; saving the context numbers it and makes its deliveries in the same transaction.</summary>
    public static IntegrationEvent Create(string type, Guid organizationId, Guid? amCentreId, Guid? orderId, string? orderNumber,
        DateTimeOffset occurredAt, string dataJson, Guid? targetConnectorId = null) => new()
        {
            // A time before 1970 (an entity whose time was never set) cannot make a version 7 id; the epoch can.
            Id = Guid.CreateVersion7(occurredAt < DateTimeOffset.UnixEpoch ? DateTimeOffset.UnixEpoch : occurredAt), Type = type, OrganizationId = organizationId, AmCentreId = amCentreId, OrderId = orderId,
            OrderNumber = orderNumber, OccurredAt = occurredAt, TargetConnectorId = targetConnectorId, PendingData = dataJson,
        };
}

/// <summary>
/// The last sequence number given to an order's events. Taking the next numbers updates this row, which holds the row
/// lock (PostgreSQL, SQL Server) or the database's write lock (SQLite) until the transaction ends: two transactions
/// writing events of one order get their numbers one after the other, in commit order, never the same.
/// </summary>
public class OrderEventCounter
{
    public Guid OrderId { get; set; }

    public long LastSequence { get; set; }
}

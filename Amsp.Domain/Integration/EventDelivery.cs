using System.Text.Json.Serialization;

namespace Amsp.Domain.Integration;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Not delivered yet: due at <see cref="EventDelivery.NextAttemptAt"/>.</summary>
    Pending,
    Delivered,

    /// <summary>Given up after the last attempt, or refused by the receiver (4xx); replay sends it again.</summary>
    DeadLetter,
}

/// <summary>
/// One event for one connector: its delivery state, attempts and the lease a dispatcher node holds while it delivers,
/// so no two nodes deliver it at once. The order and sequence are copied from the event, so the dispatcher can hold
/// back an order's later events while an earlier one is pending for the same connector.
/// </summary>
public class EventDelivery
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid ConnectorId { get; set; }

    public Guid? OrderId { get; set; }

    public long Sequence { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>What went wrong last, for the operator (never a secret).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The node delivering it now, until <see cref="LeaseUntil"/>; a node that died loses it then.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public IntegrationEvent? Event { get; set; }

    public Connector? Connector { get; set; }

    /// <summary>A new delivery of <paramref name="e"/> to a connector, due now.</summary>
    public static EventDelivery For(IntegrationEvent e, Guid connectorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventDelivery
        {
            Id = Guid.CreateVersion7(now), EventId = e.Id, ConnectorId = connectorId, OrderId = e.OrderId, Sequence = e.Sequence,
            Status = DeliveryStatus.Pending, NextAttemptAt = now,
        };
    }

    /// <summary>Makes the delivery due again now, with its attempts counted afresh (a replay).</summary>
    public void Replay(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        DeliveredAt = null;
    }
}

using Amsp.Domain.Persistence;
namespace Amsp.Domain.Production;

/// <summary>The parcel(s) of an order on their way to the delivery address.</summary>
public class Shipment : ITracksModification
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string OrderNumber { get; set; } = "";

    public Guid AmCentreId { get; set; }

    public string ExecutionId { get; set; } = "";

    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    public int Packages { get; set; }

    /// <summary>Who handed it over (an AM centre user) and when.</summary>
    public string? ShippedBy { get; set; }

    public DateTimeOffset? ShippedAt { get; set; }

    /// <summary>Who confirmed the delivery (a user, or <c>carrier</c> for a callback) and when.</summary>
    public string? DeliveredBy { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed (stamped at every save).</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}

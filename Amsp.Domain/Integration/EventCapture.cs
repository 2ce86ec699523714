using System.Text.Json;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Amsp.Domain.Integration;

/// <summary>
/// Turns the changes about to be saved into integration events, in the same <c>SaveChanges</c> and so the same
/// transaction: every code path that changes an order, quote, print job, inspection, certificate or shipment (API
/// handlers, workflow activities) publishes without knowing it. Reads the change tracker only; the few order rows it
/// needs for the customer's organization are read once per save.
/// </summary>
internal sealed class EventCapture(AmspDbContext db, DateTimeOffset now)
{
    private readonly Dictionary<Guid, Order?> orders = [];
    private readonly List<IntegrationEvent> events = [];

    public static bool HasWork(AmspDbContext db) => db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified
        && e.Entity is OrderStatusChange or Quote or PrintJob or Inspection or Certificate or Shipment or IntegrationEvent);

    public async Task<IReadOnlyList<IntegrationEvent>> CaptureAsync(CancellationToken ct)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            switch (entry.Entity)
            {
                case OrderStatusChange change when entry.State == EntityState.Added:
                    await OrderStatusAsync(change, ct);
                    break;
                case Quote quote when Changed(entry, nameof(Quote.Status), out var before):
                    await AddAsync(entry.State == EntityState.Added ? EventTypes.QuoteCreated : EventTypes.QuoteStatusChanged, quote.OrderId, quote.AmCentreId,
                        (order, at) => new QuoteV1(quote.Id, quote.OrderId, order.Number, quote.AmCentreId, quote.Status.ToString(), before,
                            quote.Total, quote.Currency, quote.LeadTimeDays, quote.ValidUntil, quote.FailureReason), entry.State == EntityState.Added ? quote.CreatedAt : now, ct);
                    break;
                case PrintJob job when Changed(entry, nameof(PrintJob.Status), out var before):
                    await AddAsync(entry.State == EntityState.Added ? EventTypes.PrintJobCreated : EventTypes.PrintJobStatusChanged, job.OrderId, job.AmCentreId,
                        (order, at) => new PrintJobV1(job.Id, job.OrderId, job.OrderNumber, job.AmCentreId, job.PrinterId, job.Part, job.Dispatch,
                            job.Status.ToString(), before, job.FailureReason, job.StartedAt, job.EndedAt), entry.State == EntityState.Added ? job.CreatedAt : now, ct);
                    break;
                case Inspection inspection when Changed(entry, nameof(Inspection.Status), out var before):
                    await AddAsync(entry.State == EntityState.Added ? EventTypes.InspectionCreated : EventTypes.InspectionRecorded, inspection.OrderId,
                        inspection.AmCentreId, (order, at) => new InspectionV1(inspection.Id, inspection.OrderId, inspection.OrderNumber, inspection.AmCentreId,
                            inspection.Attempt, inspection.Status.ToString(), before, inspection.Nonconformity, inspection.InspectedAt),
                        entry.State == EntityState.Added ? inspection.CreatedAt : inspection.InspectedAt ?? now, ct);
                    break;
                case Certificate certificate when entry.State == EntityState.Added:
                    await AddAsync(EventTypes.CertificateIssued, certificate.OrderId, certificate.AmCentreId, (order, at) => new CertificateIssuedV1(
                        certificate.Id, certificate.Number, certificate.OrderId, certificate.OrderNumber, certificate.AmCentreId, certificate.InspectionId,
                        certificate.PartName, certificate.Passed, certificate.Sha256, certificate.IssuedAt), certificate.IssuedAt, ct);
                    break;
                case Shipment shipment:
                    await ShipmentAsync(entry, shipment, ct);
                    break;
            }
        }
        return events;
    }

    private async Task ShipmentAsync(EntityEntry entry, Shipment shipment, CancellationToken ct)
    {
        var added = entry.State == EntityState.Added;
        ShipmentV1 Data(Order order, DateTimeOffset at) => new(shipment.Id, shipment.OrderId, shipment.OrderNumber, shipment.AmCentreId,
            shipment.Carrier, shipment.TrackingNumber, shipment.Packages, shipment.ShippedAt, shipment.DeliveredAt);
        if (added)
        {
            await AddAsync(EventTypes.ShipmentCreated, shipment.OrderId, shipment.AmCentreId, Data, shipment.CreatedAt, ct);
        }
        if (shipment.ShippedAt is { } shipped && (added || entry.Property(nameof(Shipment.ShippedAt)).OriginalValue is null))
        {
            await AddAsync(EventTypes.ShipmentShipped, shipment.OrderId, shipment.AmCentreId, Data, shipped, ct);
        }
        if (shipment.DeliveredAt is { } delivered && (added || entry.Property(nameof(Shipment.DeliveredAt)).OriginalValue is null))
        {
            await AddAsync(EventTypes.ShipmentDelivered, shipment.OrderId, shipment.AmCentreId, Data, delivered, ct);
        }
    }

    private async Task OrderStatusAsync(OrderStatusChange change, CancellationToken ct)
    {
        var order = await OrderAsync(change.OrderId, ct);
        if (order is null)
        {
            return;
        }
        // An AM centre hears of the order's status once its quote is the accepted one.
        var centre = order.AcceptedQuoteId is { } quoteId
            ? db.Quotes.Local.FirstOrDefault(q => q.Id == quoteId)?.AmCentreId
                ?? await db.Quotes.AsNoTracking().Where(q => q.Id == quoteId).Select(q => (Guid?)q.AmCentreId).SingleOrDefaultAsync(ct)
            : null;
        Add(EventTypes.OrderStatusChanged, order, centre, change.At,
            new OrderStatusChangedV1(order.Id, order.Number, change.From?.ToString(), change.To.ToString(), change.Reason, change.Actor, change.At));
    }

    private async Task AddAsync<T>(string type, Guid orderId, Guid centre, Func<Order, DateTimeOffset, T> data, DateTimeOffset at, CancellationToken ct)
    {
        if (await OrderAsync(orderId, ct) is { } order)
        {
            Add(type, order, centre, at, data(order, at));
        }
    }

    private void Add<T>(string type, Order order, Guid? centre, DateTimeOffset at, T data)
    {
        var added = IntegrationEvent.Create(type, order.OrganizationId, centre, order.Id, order.Number, at, JsonSerializer.Serialize(data, EventTypes.Json));
        db.Add(added);
        events.Add(added);
    }

    /// <summary>A new entity, or a change of <paramref name="property"/>; <paramref name="before"/> is its former value.</summary>
    private static bool Changed(EntityEntry entry, string property, out string? before)
    {
        before = null;
        if (entry.State == EntityState.Added)
        {
            return true;
        }
        var p = entry.Property(property);
        if (!p.IsModified || Equals(p.OriginalValue, p.CurrentValue))
        {
            return false;
        }
        before = p.OriginalValue?.ToString();
        return true;
    }

    private async Task<Order?> OrderAsync(Guid id, CancellationToken ct)
    {
        if (!orders.TryGetValue(id, out var order))
        {
            order = db.Orders.Local.FirstOrDefault(o => o.Id == id) ?? await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
            orders[id] = order;
        }
        return order;
    }
}

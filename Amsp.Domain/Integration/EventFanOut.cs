using System.Text;
using System.Text.Json;
using Amsp.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Domain.Integration;

/// <summary>
/// The second half of saving events: numbers each new event within its order (<see cref="OrderEventCounter"/>), wraps
/// its data in the envelope, and makes one pending delivery per enabled connector that receives it — the customer
/// organization's connectors, and the AM centre's when the event names one — or only for the connector a workflow
/// step named. All in the transaction of the change.
/// </summary>
internal static class EventFanOut
{
    public static async Task ApplyAsync(AmspDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<IntegrationEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.PendingData is not null).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
        {
            return;
        }
        await NumberAsync(db, pending, ct);
        var organizations = pending.Select(e => e.OrganizationId).Concat(pending.Where(e => e.AmCentreId is not null).Select(e => e.AmCentreId!.Value))
            .Distinct().ToList();
        var targets = pending.Where(e => e.TargetConnectorId is not null).Select(e => e.TargetConnectorId!.Value).Distinct().ToList();
        var connectors = await db.Connectors.AsNoTracking()
            .Where(c => c.Enabled && (organizations.Contains(c.OrganizationId) || targets.Contains(c.Id))).ToListAsync(ct);
        foreach (var e in pending)
        {
            e.Body = Envelope(e, e.PendingData!);
            e.PendingData = null;
            foreach (var connector in connectors.Where(c => c.Receives(e)))
            {
                db.Add(EventDelivery.For(e, connector.Id, now));
            }
        }
    }

    // Each order's counter is moved on by an UPDATE, which serializes writers of one order until they commit; orders in
    // id order, so two saves touching the same orders never wait on each other crosswise.
    private static async Task NumberAsync(AmspDbContext db, List<IntegrationEvent> pending, CancellationToken ct)
    {
        foreach (var group in pending.Where(e => e.OrderId is not null).GroupBy(e => e.OrderId!.Value).OrderBy(g => g.Key))
        {
            var orderId = group.Key;
            long count = group.Count();
            var newOrder = db.Orders.Local.Any(o => o.Id == orderId && db.Entry(o).State == EntityState.Added);
            long last;
            var counter = db.OrderEventCounters.Local.FirstOrDefault(c => c.OrderId == orderId);
            if (counter is not null && db.Entry(counter).State != EntityState.Added)
            {
                // Saved by an earlier save of this context: its value may be stale, the row is the truth.
                db.Entry(counter).State = EntityState.Detached;
                counter = null;
            }
            if (!newOrder && counter is null
                && await db.OrderEventCounters.Where(c => c.OrderId == orderId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + count), ct) == 1)
            {
                last = await db.OrderEventCounters.Where(c => c.OrderId == orderId).Select(c => c.LastSequence).SingleAsync(ct);
            }
            else if (counter is not null)
            {
                // Added by a save of this context that failed: still to be inserted, with this change.
                last = counter.LastSequence += count;
            }
            else
            {
                // The order's first events (normally those of its creation, in the same transaction as the order row).
                db.OrderEventCounters.Add(new OrderEventCounter { OrderId = orderId, LastSequence = count });
                last = count;
            }
            var sequence = last - count;
            foreach (var e in group.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id))
            {
                e.Sequence = ++sequence;
            }
        }
    }

    private static string Envelope(IntegrationEvent e, string data)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("type", e.Type);
            json.WriteString("version", e.Version);
            json.WriteString("timestamp", e.OccurredAt);
            json.WriteNumber("sequence", e.Sequence);
            if (e.OrderNumber is null)
            {
                json.WriteNull("orderNumber");
            }
            else
            {
                json.WriteString("orderNumber", e.OrderNumber);
            }
            json.WritePropertyName("data");
            json.WriteRawValue(data);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

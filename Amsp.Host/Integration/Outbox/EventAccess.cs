using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;

namespace Amsp.Host.Integration.Outbox;

/// <summary>
/// Which events and connectors a caller reaches: those of the organizations where they are a Customer (their orders'
/// events) or a Manufacturer (the events addressed to their AM centre); administrators reach all. Anything else is
/// answered as not there (404).
/// </summary>
public sealed class EventAccess(AmspDbContext db, Caller caller)
{
    public static readonly string[] Roles = [AmspRoles.Customer, AmspRoles.Manufacturer];

    public IQueryable<IntegrationEvent> Events()
    {
        if (caller.IsAdmin)
        {
            return db.IntegrationEvents;
        }
        var customers = caller.OrganizationsWith(AmspRoles.Customer);
        var centres = caller.OrganizationsWith(AmspRoles.Manufacturer);
        return db.IntegrationEvents.Where(e => customers.Contains(e.OrganizationId) || (e.AmCentreId != null && centres.Contains(e.AmCentreId.Value)));
    }

    public IQueryable<Connector> Connectors()
    {
        if (caller.IsAdmin)
        {
            return db.Connectors;
        }
        var mine = caller.OrganizationsWith(Roles);
        return db.Connectors.Where(c => mine.Contains(c.OrganizationId));
    }

    public IQueryable<EventDelivery> Deliveries()
    {
        if (caller.IsAdmin)
        {
            return db.EventDeliveries;
        }
        var mine = caller.OrganizationsWith(Roles);
        return db.EventDeliveries.Where(d => mine.Contains(d.Connector!.OrganizationId));
    }
}

using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.OData;

/// <summary>
/// The rows of each entity set that the caller may see, as queries the database runs (the organization check is part of
/// the query, so a filter can never reach around it): a customer organization sees its orders and everything made for
/// them; an AM centre sees the orders whose accepted quote is its own, and its own quotes, jobs, inspections,
/// certificates and shipments; an administrator sees everything. Machine clients carry the same membership claims.
/// </summary>
public sealed class FeedScope(AmspDbContext db, Caller caller)
{
    /// <summary>The roles that may read the feed (administrators too).</summary>
    public static readonly string[] Roles = [AmspRoles.Customer, AmspRoles.Manufacturer, AmspRoles.Operator];

    private static readonly string[] CentreRoles = [AmspRoles.Manufacturer, AmspRoles.Operator];

    private bool All => caller.IsAdmin;

    private HashSet<Guid> Customers => caller.OrganizationsWith(AmspRoles.Customer);

    private HashSet<Guid> Centres => caller.OrganizationsWith(CentreRoles);

    private IQueryable<Order> VisibleOrders()
    {
        var all = All;
        var customers = Customers;
        var centres = Centres;
        return db.Orders.AsNoTracking().Where(o => all || customers.Contains(o.OrganizationId)
            || db.Quotes.Any(q => q.OrderId == o.Id && q.Status == QuoteStatus.Accepted && centres.Contains(q.AmCentreId)));
    }

    // Rows of an order's production or quotes: the customer's own orders', or the centre's own.
    private IQueryable<Guid> CustomerOrderIds()
    {
        var customers = Customers;
        return db.Orders.Where(o => customers.Contains(o.OrganizationId)).Select(o => o.Id);
    }

    public IQueryable<FeedOrder> Orders() =>
        from o in VisibleOrders()
        join r in db.Requirements on o.RequirementId equals r.Id
        select new FeedOrder
        {
            Id = o.Id, Number = o.Number, CustomerId = o.OrganizationId, Status = o.Status, Title = r.Title, Quantity = r.Quantity,
            Material = r.Material, DueDate = r.DueDate, AcceptedQuoteId = o.AcceptedQuoteId, CreatedAt = o.CreatedAt, ModifiedAt = o.UpdatedAt,
        };

    public IQueryable<FeedOrderLine> OrderLines() =>
        from o in VisibleOrders()
        join q in db.Quotes on o.Id equals q.OrderId
        join r in db.Requirements on o.RequirementId equals r.Id
        where q.Status == QuoteStatus.Accepted
        select new FeedOrderLine
        {
            Id = q.Id, OrderId = o.Id, OrderNumber = o.Number, LineNumber = 1, AmCentreId = q.AmCentreId, PartName = r.Title,
            MaterialId = q.MaterialId, Quantity = r.Quantity, Amount = q.Total, Currency = q.Currency, DueDate = r.DueDate,
            ModifiedAt = o.UpdatedAt > q.ModifiedAt ? o.UpdatedAt : q.ModifiedAt,
        };

    public IQueryable<FeedQuote> Quotes()
    {
        var (all, centres, mine) = (All, Centres, CustomerOrderIds());
        return db.Quotes.AsNoTracking().Where(q => all || centres.Contains(q.AmCentreId) || mine.Contains(q.OrderId)).Select(q => new FeedQuote
        {
            Id = q.Id, OrderId = q.OrderId, AmCentreId = q.AmCentreId, Status = q.Status, MaterialId = q.MaterialId, Currency = q.Currency,
            Total = q.Total, LeadTimeDays = q.LeadTimeDays, ValidUntil = q.ValidUntil, FailureReason = q.FailureReason,
            CreatedAt = q.CreatedAt, ModifiedAt = q.ModifiedAt,
            // The JSON column as it is: projecting into its elements would need APPLY, which SQLite lacks.
            Items = q.Lines,
        });
    }

    public IQueryable<FeedPrintJob> PrintJobs()
    {
        var (all, centres, mine) = (All, Centres, CustomerOrderIds());
        return db.PrintJobs.AsNoTracking().Where(j => all || centres.Contains(j.AmCentreId) || mine.Contains(j.OrderId)).Select(j => new FeedPrintJob
        {
            Id = j.Id, OrderId = j.OrderId, AmCentreId = j.AmCentreId, PrinterId = j.PrinterId, MaterialId = j.MaterialId, Dispatch = j.Dispatch,
            Part = j.Part, Status = j.Status, Progress = j.Progress, FailureReason = j.FailureReason, CreatedAt = j.CreatedAt,
            StartedAt = j.StartedAt, EndedAt = j.EndedAt, ModifiedAt = j.ModifiedAt,
        });
    }

    public IQueryable<FeedInspection> Inspections()
    {
        var (all, centres, mine) = (All, Centres, CustomerOrderIds());
        return db.Inspections.AsNoTracking().Where(i => all || centres.Contains(i.AmCentreId) || mine.Contains(i.OrderId)).Select(i => new FeedInspection
        {
            Id = i.Id, OrderId = i.OrderId, AmCentreId = i.AmCentreId, Attempt = i.Attempt, Status = i.Status, Nonconformity = i.Nonconformity,
            InspectorName = i.InspectorName, CreatedAt = i.CreatedAt, InspectedAt = i.InspectedAt, ModifiedAt = i.ModifiedAt,
        });
    }

    public IQueryable<FeedCertificate> Certificates()
    {
        var (all, centres, customers) = (All, Centres, Customers);
        return db.Certificates.AsNoTracking().Where(c => all || centres.Contains(c.AmCentreId) || customers.Contains(c.OrganizationId)).Select(c => new FeedCertificate
        {
            Id = c.Id, Number = c.Number, OrderId = c.OrderId, AmCentreId = c.AmCentreId, InspectionId = c.InspectionId, PartName = c.PartName,
            Passed = c.Passed, Sha256 = c.Sha256, IssuedAt = c.IssuedAt, ModifiedAt = c.ModifiedAt,
        });
    }

    public IQueryable<FeedShipment> Shipments()
    {
        var (all, centres, mine) = (All, Centres, CustomerOrderIds());
        return db.Shipments.AsNoTracking().Where(s => all || centres.Contains(s.AmCentreId) || mine.Contains(s.OrderId)).Select(s => new FeedShipment
        {
            Id = s.Id, OrderId = s.OrderId, AmCentreId = s.AmCentreId, Carrier = s.Carrier, TrackingNumber = s.TrackingNumber, Packages = s.Packages,
            ShippedAt = s.ShippedAt, DeliveredAt = s.DeliveredAt, CreatedAt = s.CreatedAt, ModifiedAt = s.ModifiedAt,
        });
    }
}

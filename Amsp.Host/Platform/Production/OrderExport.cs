using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Amsp.Reporting.Exports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// The orders of a period as rows for the Excel export, scoped like the order list: a customer's organization's
/// orders, an AM centre's the orders it makes (its accepted quotes), everything for administrators and platform
/// operators. Rows stream from the database into the workbook, never held in a list.
/// </summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer, AmspRoles.Operator)]
public sealed record ExportOrders(DateTimeOffset? From, DateTimeOffset? To, OrderStatus? Status, Guid? CustomerId, Guid? AmCentreId)
    : IQuery<OrderExportPlan>, IValidated
{
    public void Validate(Validation validation) =>
        validation.When(From is { } f && To is { } t && t < f, "to", "must not be before from.");
}

public sealed record OrderExportPlan(OrderExportFilter Filter, IAsyncEnumerable<OrderExportRow> Rows);

public sealed class OrderExportHandler(AmspDbContext db, Caller caller, TimeProvider time) : IQueryHandler<ExportOrders, OrderExportPlan>
{
    public async ValueTask<OrderExportPlan> Handle(ExportOrders query, CancellationToken cancellationToken)
    {
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.LegalName, cancellationToken);
        var materials = await db.Materials.AsNoTracking().ToDictionaryAsync(m => m.Id, m => (m.Name, m.Process), cancellationToken);
        var all = caller.IsAdmin || caller.HasRoleIn(IdentitySeeder.PlatformOrganizationId, [AmspRoles.Operator]);
        var customers = caller.OrganizationsWith(AmspRoles.Customer);
        var centres = caller.OrganizationsWith(AmspRoles.Manufacturer, AmspRoles.Operator);
        var rows =
            from o in db.Orders.AsNoTracking()
            join r in db.Requirements.AsNoTracking() on o.RequirementId equals r.Id
            let q = db.Quotes.Where(q => q.OrderId == o.Id && q.Status == QuoteStatus.Accepted).Select(q => new { q.AmCentreId, q.Total, q.Currency, q.MaterialId }).FirstOrDefault()
            let delivered = db.Shipments.Where(s => s.OrderId == o.Id).Max(s => s.DeliveredAt)
            where all || customers.Contains(o.OrganizationId) || (q != null && centres.Contains(q.AmCentreId))
            select new { o.Number, o.CreatedAt, o.Status, o.OrganizationId, r.Title, r.Material, r.Quantity, r.DueDate, Quote = q, Delivered = delivered };
        if (query.From is { } from)
        {
            rows = rows.Where(x => x.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            rows = rows.Where(x => x.CreatedAt < to);
        }
        if (query.Status is { } status)
        {
            rows = rows.Where(x => x.Status == status);
        }
        if (query.CustomerId is { } customer)
        {
            rows = rows.Where(x => x.OrganizationId == customer);
        }
        if (query.AmCentreId is { } centre)
        {
            rows = rows.Where(x => x.Quote != null && x.Quote.AmCentreId == centre);
        }
        var scope = all ? "all organizations" : string.Join(", ", customers.Concat(centres).Distinct().Select(id => names.GetValueOrDefault(id, id.ToString())).Order(StringComparer.Ordinal));
        var filter = new OrderExportFilter(query.From, query.To, query.Status?.ToString(), query.CustomerId is { } c ? names.GetValueOrDefault(c, c.ToString()) : null,
            query.AmCentreId is { } a ? names.GetValueOrDefault(a, a.ToString()) : null, scope, time.GetUtcNow());
        var stream = rows.OrderBy(x => x.CreatedAt).ThenBy(x => x.Number).AsAsyncEnumerable();
        return new OrderExportPlan(filter, Map(stream, x =>
        {
            var material = x.Quote?.MaterialId is { } m && materials.TryGetValue(m, out var found) ? found : default;
            var total = x.Quote?.Total;
            return new OrderExportRow(x.Number, 1, x.CreatedAt, x.Status.ToString(), names.GetValueOrDefault(x.OrganizationId, ""),
                x.Quote is { } q ? names.GetValueOrDefault(q.AmCentreId) : null, x.Title, material.Name ?? x.Material,
                material.Name is null ? null : IntakeRules.ProcessName(material.Process), x.Quantity,
                total is { } t && x.Quantity > 0 ? Math.Round(t / x.Quantity, 2) : null, total, x.Quote?.Currency ?? "EUR", x.DueDate, x.Delivered);
        }));
    }

    private static async IAsyncEnumerable<OrderExportRow> Map<T>(IAsyncEnumerable<T> source, Func<T, OrderExportRow> row)
    {
        await foreach (var item in source)
        {
            yield return row(item);
        }
    }
}

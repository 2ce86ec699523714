using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Orders;

/// <summary>Customers see their organization's orders; AM centre staff the orders their centre quoted for.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record ListOrders(OrderStatus? Status, Paging Paging) : IQuery<Page<OrderSummaryDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record GetOrder(string OrderNumber) : IQuery<OrderDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

public sealed class OrderQueryHandlers(AmspDbContext db, Caller caller)
    : IQueryHandler<ListOrders, Page<OrderSummaryDto>>, IQueryHandler<GetOrder, OrderDto>
{
    public async ValueTask<Page<OrderSummaryDto>> Handle(ListOrders query, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var customers = caller.OrganizationsWith(AmspRoles.Customer);
            var centres = caller.OrganizationsWith(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator);
            orders = orders.Where(o => customers.Contains(o.OrganizationId) || db.Quotes.Any(q => q.OrderId == o.Id && centres.Contains(q.AmCentreId)));
        }
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }
        return await orders.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id)
            .Select(o => new { Order = o, Part = db.Requirements.Where(r => r.Id == o.RequirementId).Select(r => r.Title).FirstOrDefault() })
            .PageAsync(query.Paging, x => OrderSummaryDto.From(x.Order, x.Part), cancellationToken);
    }

    public async ValueTask<OrderDto> Handle(GetOrder query, CancellationToken cancellationToken) =>
        await ReadAsync(db, caller, query.OrderNumber, cancellationToken);

    /// <summary>The order as the caller may see it: AM centre staff see their own centre's quotes only.</summary>
    internal static async Task<OrderDto> ReadAsync(AmspDbContext db, Caller caller, string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Number == number, ct);
        var quotes = await (from q in db.Quotes.AsNoTracking()
                            join c in db.Organizations on q.AmCentreId equals c.Id
                            where q.OrderId == order.Id
                            select new { q, c.LegalName }).ToListAsync(ct);
        if (!caller.IsAdmin && !caller.HasRoleIn(order.OrganizationId, [AmspRoles.Customer]))
        {
            quotes = quotes.Where(x => caller.HasRoleIn(x.q.AmCentreId, [AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator])).ToList();
        }
        var part = await db.Requirements.Where(r => r.Id == order.RequirementId).Select(r => r.Title).SingleOrDefaultAsync(ct) ?? "";
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.OrderId == order.Id).OrderByDescending(c => c.IssuedAt)
            .Select(c => new OrderCertificateDto(c.Number, c.IssuedAt, c.Passed, c.VerificationCode)).FirstOrDefaultAsync(ct);
        var repaired = order.ModelId is { } id && await db.Models.AnyAsync(m => m.Id == id && m.Origin == ModelOrigin.Repair, ct) ? order.ModelId : null;
        return new OrderDto(order.Number, order.Id, order.OrganizationId, order.RequirementId, part, order.Status, order.Reasons, order.ModelId, repaired,
            order.AcceptedQuoteId, Parse(order.AnalysisJson), Parse(order.RepairJson),
            [.. quotes.OrderBy(x => x.q.Total).Select(x => QuoteDto.From(x.q, x.LegalName))],
            [.. order.History.OrderBy(h => h.Sequence).Select(h => new StatusChangeDto(h.At, h.From, h.To, h.Actor, h.Reason))],
            certificate, order.InstanceId, order.CreatedAt, order.UpdatedAt);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Integration.Erp.Sftp;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Sftp;

/// <summary>
/// The orders an organization's ERP receives in the file export: those it placed (customer) and those it makes (the AM
/// centre of the accepted quote), changed after the watermark and up to the export's cut-off.
/// </summary>
public sealed class SftpOrderRows(AmspDbContext db)
{
    /// <summary>At most this many orders go into one file; the rest follow in the next run (the watermark moves to the last one).</summary>
    public const int MaxRows = 50_000;

    public async Task<IReadOnlyList<ErpOrderRow>> ChangedAsync(Guid organizationId, DateTimeOffset? after, DateTimeOffset upTo, CancellationToken ct)
    {
        var rows =
            from o in db.Orders.AsNoTracking()
            join r in db.Requirements.AsNoTracking() on o.RequirementId equals r.Id
            let q = db.Quotes.Where(q => q.OrderId == o.Id && q.Status == QuoteStatus.Accepted).Select(q => new { q.AmCentreId, q.Total, q.Currency, q.MaterialId }).FirstOrDefault()
            let delivered = db.Shipments.Where(s => s.OrderId == o.Id).Max(s => s.DeliveredAt)
            where (o.OrganizationId == organizationId || (q != null && q.AmCentreId == organizationId)) && o.UpdatedAt <= upTo
            select new { o.Number, o.CreatedAt, o.UpdatedAt, o.Status, o.OrganizationId, r.Title, r.Material, r.Quantity, r.DueDate, Quote = q, Delivered = delivered };
        if (after is { } from)
        {
            rows = rows.Where(x => x.UpdatedAt > from);
        }
        var found = await rows.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Number).Take(MaxRows).ToListAsync(ct);
        var organizations = found.SelectMany(x => new[] { x.OrganizationId, x.Quote?.AmCentreId ?? Guid.Empty }).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.LegalName, ct);
        var materialIds = found.Select(x => x.Quote?.MaterialId).OfType<Guid>().Distinct().ToList();
        var materials = await db.Materials.AsNoTracking().Where(m => materialIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => (m.Name, m.Process), ct);
        return found.Select(x =>
        {
            var material = x.Quote?.MaterialId is { } m && materials.TryGetValue(m, out var known) ? known : default;
            var total = x.Quote?.Total;
            return new ErpOrderRow(x.Number, 1, x.CreatedAt, x.UpdatedAt, x.Status.ToString(), names.GetValueOrDefault(x.OrganizationId, ""),
                x.Quote is { } q ? names.GetValueOrDefault(q.AmCentreId) : null, x.Title, material.Name ?? x.Material,
                material.Name is null ? null : IntakeRules.ProcessName(material.Process), x.Quantity,
                total is { } t && x.Quantity > 0 ? Math.Round(t / x.Quantity, 2) : null, total, x.Quote?.Currency ?? "EUR", x.DueDate, x.Delivered);
        }).ToList();
    }
}

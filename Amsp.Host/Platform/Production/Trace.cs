using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// The chain an auditor asks for, each step with who and when: requirement, model versions with their SHA-256,
/// copyright decisions, quotes, print jobs (printer, file SHA-256, slicer and estimate, times, failures), inspections
/// with their measurements, certificate with its hash, shipment, and the status history.
/// </summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer, AmspRoles.QualityInspector)]
public sealed record TraceOrder(string OrderNumber) : IQuery<OrderTrace>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

public sealed record OrderTrace(string OrderNumber, OrderStatus Status, JsonNode Requirement, IReadOnlyList<JsonNode> Models,
    IReadOnlyList<JsonNode> CopyrightReviews, IReadOnlyList<JsonNode> Quotes, IReadOnlyList<JsonNode> PrintJobs, IReadOnlyList<JsonNode> Inspections,
    IReadOnlyList<JsonNode> Certificates, IReadOnlyList<JsonNode> Shipments, IReadOnlyList<JsonNode> History);

public sealed class TraceHandler(AmspDbContext db, Caller caller) : IQueryHandler<TraceOrder, OrderTrace>
{
    public async ValueTask<OrderTrace> Handle(TraceOrder query, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var order = await db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Number == query.OrderNumber, ct);
        var centre = await db.Quotes.AsNoTracking().Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Accepted).Select(q => (Guid?)q.AmCentreId).SingleOrDefaultAsync(ct);
        if (!caller.HasRoleIn(order.OrganizationId, [AmspRoles.Customer]))
        {
            // The trace is the customer's and the producing centre's, not every centre's that quoted.
            ProductionAccess.RequireCentre(caller, centre ?? Guid.Empty, order.Number, AmspRoles.Manufacturer, AmspRoles.QualityInspector);
        }
        var requirement = await db.Requirements.AsNoTracking().SingleAsync(r => r.Id == order.RequirementId, ct);
        var modelIds = new[] { requirement.ModelId, order.ModelId }.OfType<Guid>().Distinct().ToList();
        var models = await db.Models.AsNoTracking().Where(m => modelIds.Contains(m.Id) || (m.ParentId != null && modelIds.Contains(m.ParentId.Value)))
            .OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var reviews = await db.CopyrightReviews.AsNoTracking().Where(r => r.OrderId == order.Id).ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.OrderId == order.Id).OrderBy(q => q.CreatedAt).ToListAsync(ct);
        var jobs = await db.PrintJobs.AsNoTracking().Where(j => j.OrderId == order.Id).OrderBy(j => j.CreatedAt).ThenBy(j => j.Part).ToListAsync(ct);
        var printerIds = jobs.Select(j => j.PrinterId).Distinct().ToList();
        var printers = await db.Printers.AsNoTracking().Where(p => printerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.OrderId == order.Id).OrderBy(i => i.Attempt).ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OrderId == order.Id).ToListAsync(ct);
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id).ToListAsync(ct);
        return new OrderTrace(order.Number, order.Status,
            Node(new { requirement.Id, requirement.Title, requirement.CreatedBy, requirement.CreatedAt, requirement.SubmittedAt, requirement.Quantity,
                requirement.Material, requirement.Units, requirement.GeneralTolerance, requirement.CertificateLevel }),
            [.. models.Select(m => Node(new { m.Id, m.OriginalName, m.Sha256, m.Origin, m.ParentId, m.UploadedBy, m.CreatedAt }))],
            [.. reviews.Select(r => Node(new { r.Id, r.Similarity, r.Status, r.DecidedBy, r.DecidedAt, r.Note, r.CreatedAt }))],
            [.. quotes.Select(q => Node(new { q.Id, q.AmCentreId, q.Status, q.Total, q.Currency, q.LeadTimeDays, q.ValidUntil, q.FailureReason, q.CreatedAt, estimate = JsonNode.Parse(q.EstimateJson) }))],
            [.. jobs.Select(j => Node(new { j.Id, j.Dispatch, j.Part, printer = printers.GetValueOrDefault(j.PrinterId), j.PrinterId, j.Status, j.FileName, j.FileSha256,
                j.Slicer, j.SlicerEstimatedSeconds, j.SlicerFilamentGrams, j.EstimatedSeconds, j.CreatedAt, j.StartedAt, j.EndedAt, j.FailureReason }))],
            [.. inspections.Select(i => Node(new { i.Id, i.Attempt, i.Status, i.Characteristics, i.Nonconformity, i.Notes, i.InspectorId, i.InspectorName, i.CreatedAt, i.InspectedAt }))],
            [.. certificates.Select(c => Node(new { c.Number, c.IssuedAt, c.Sha256, c.Length, c.Passed, c.InspectionId }))],
            [.. shipments.Select(s => Node(new { s.Carrier, s.TrackingNumber, s.Packages, s.ShippedBy, s.ShippedAt, s.DeliveredBy, s.DeliveredAt, s.CreatedAt }))],
            [.. order.History.OrderBy(h => h.Sequence).Select(h => Node(new { h.At, h.From, h.To, h.Actor, h.Reason }))]);
    }

    private static JsonNode Node<T>(T value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Activities.Services.Json.Options)!;
}

using Amsp.Activities.Orders;
using Amsp.Activities.Services;
using Amsp.Domain.Catalog;
using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Domain.Requirements;
using Amsp.Reporting.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Activities.Production;

/// <summary>Gathers what a certificate carries from the order, its requirement, jobs and inspection.</summary>
internal static class CertificateContent
{
    public static async Task<CertificateDocument> ForAsync(OrderStep run, Order order, Requirement requirement, Inspection inspection, Certificate certificate)
    {
        var ct = run.CancellationToken;
        var db = run.Db;
        var jobs = await db.PrintJobs.AsNoTracking().Where(j => j.OrderId == order.Id && j.Status == PrintJobStatus.Completed).ToListAsync(ct);
        var batch = jobs.Where(j => j.EndedAt <= inspection.CreatedAt).ToList() is { Count: > 0 } before ? before : jobs;
        var printerIds = batch.Select(j => j.PrinterId).Distinct().ToList();
        var printers = await db.Printers.AsNoTracking().Where(p => printerIds.Contains(p.Id)).ToListAsync(ct);
        var site = printers.FirstOrDefault(p => p.SiteId is not null) is { SiteId: { } siteId }
            ? await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct) : null;
        var centre = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == inspection.AmCentreId, ct);
        var customer = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == order.OrganizationId, ct);
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, ct);
        var materialId = batch.Select(j => j.MaterialId).FirstOrDefault();
        var material = materialId is null ? null : await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId, ct);
        var links = run.Get<IOptions<PlatformLinks>>().Value;
        var address = site?.Address ?? centre.Address;
        return new CertificateDocument(
            certificate.Number, certificate.IssuedAt,
            centre.LegalName, site?.Name ?? "", $"{address.Street}, {address.PostalCode} {address.City}, {address.Country}",
            customer.LegalName, order.Number, 1,
            requirement.Title, model.OriginalName, model.Sha256,
            material?.Name ?? requirement.Material ?? "", IntakeRules.ProcessName(printers.FirstOrDefault()?.Process ?? material?.Process ?? ProcessCategory.Mex),
            string.Join(", ", printers.Select(p => p.Name).Order(StringComparer.Ordinal)),
            batch.Min(j => j.StartedAt) ?? inspection.CreatedAt, batch.Max(j => j.EndedAt) ?? inspection.CreatedAt,
            [.. inspection.Characteristics.Select(c => new CertificateMeasurement(c.Name, (double)c.Nominal, (double)c.LowerDeviation, (double)c.UpperDeviation,
                c.Kind == CharacteristicKind.Visual ? null : (double?)c.Measured, c.Passed == true, c.Kind == CharacteristicKind.Visual ? null : "mm"))],
            inspection.Status == InspectionStatus.Passed, inspection.InspectorName ?? "", inspection.InspectedAt ?? certificate.IssuedAt,
            certificate.VerificationCode, links.VerificationUrl(certificate.VerificationCode), inspection.Notes);
    }
}

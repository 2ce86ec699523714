using System.Security.Cryptography;
using Amsp.Activities.Orders;
using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Domain.Requirements;
using Amsp.Domain.Storage;
using Amsp.Reporting.Certificates;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Production;

/// <summary>
/// Renders the PDF inspection certificate of the order's passed inspection and stores it with its SHA-256 and a random
/// verification code, which the public verification endpoint answers to. An order whose requirement asks for no
/// certificate goes on without one.
/// </summary>
[Activity("IssueCertificate", Category = "Production", DisplayName = "Issue certificate", Outcomes = ["Issued", "NotRequested"],
    Description = "Renders and stores the PDF inspection certificate with a verification code and QR code.")]
public sealed class IssueCertificate(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    [Output(Description = "The certificate's number.")]
    public string? CertificateNumber { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var issued = await run.Db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.ExecutionId == run.Context.ExecutionId, ct);
        if (issued is not null)
        {
            CertificateNumber = issued.Number;
            return ActivityResult.Outcome("Issued");
        }
        var requirement = await run.Db.Requirements.AsNoTracking().SingleAsync(r => r.Id == order.RequirementId, ct);
        if (requirement.CertificateLevel == CertificateLevel.None)
        {
            return ActivityResult.Outcome("NotRequested");
        }
        var inspection = await run.Db.Inspections.AsNoTracking().Where(i => i.OrderId == order.Id && i.Status == InspectionStatus.Passed)
            .OrderByDescending(i => i.Attempt).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Order {order.Number} has no passed inspection: run QualityInspection before IssueCertificate.");
        var certificate = new Certificate
        {
            Id = Guid.CreateVersion7(run.Now), Number = "CERT" + order.Number["AMSP".Length..], OrderId = order.Id, OrderNumber = order.Number,
            OrganizationId = order.OrganizationId, AmCentreId = inspection.AmCentreId, InspectionId = inspection.Id, ExecutionId = run.Context.ExecutionId,
            PartName = requirement.Title, Passed = true, VerificationCode = NewCode(), IssuedAt = run.Now,
        };
        if (await run.Db.Certificates.AnyAsync(c => c.Number == certificate.Number, ct))
        {
            certificate.Number += "-" + (await run.Db.Certificates.CountAsync(c => c.OrderId == order.Id, ct) + 1);
        }
        var document = await CertificateContent.ForAsync(run, order, requirement, inspection, certificate);
        var pdf = CertificateRenderer.Render(document);
        await using (var staged = await run.Get<IBlobStore>().StageAsync(new MemoryStream(pdf, writable: false), pdf.Length + 1, ct))
        {
            await staged.CommitAsync(ct);
            (certificate.FileKey, certificate.Sha256, certificate.Length) = (staged.Sha256, staged.Sha256, staged.Length);
        }
        run.Db.Certificates.Add(certificate);
        CertificateNumber = certificate.Number;
        return ActivityResult.Outcome("Issued");
    }

    // 16 characters of Crockford's base 32 (80 bits): unguessable, and readable aloud or from paper without 0/O, 1/I/L.
    private static string NewCode() => RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 16);
}

using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

/// <summary>What the public verification answers: enough to tell that a certificate is genuine and the copy unaltered.</summary>
public sealed record CertificateVerification(string Number, DateTimeOffset IssuedAt, string Part, string Verdict, string Sha256);

public sealed record CertificateFile(Stream Content, string FileName, string Sha256);

/// <summary>The order's certificate PDF: for its customer's organization and the producing centre's quality team only.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.QualityInspector)]
public sealed record DownloadCertificate(string OrderNumber) : IQuery<CertificateFile>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

/// <summary>Anyone holding a certificate checks it by its code; an unknown code is 404.</summary>
[AnonymousRequest]
public sealed record VerifyCertificate(string Code) : IQuery<CertificateVerification>;

public sealed class CertificateHandlers(AmspDbContext db, Caller caller, IBlobStore blobs)
    : IQueryHandler<DownloadCertificate, CertificateFile>, IQueryHandler<VerifyCertificate, CertificateVerification>
{
    public async ValueTask<CertificateFile> Handle(DownloadCertificate query, CancellationToken cancellationToken)
    {
        var (order, centre) = await ProductionAccess.AcceptedCentreAsync(db, query.OrderNumber, cancellationToken);
        if (!caller.HasRoleIn(order.OrganizationId, [AmspRoles.Customer]))
        {
            ProductionAccess.RequireCentre(caller, centre, order.Number, AmspRoles.QualityInspector);
        }
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.OrderId == order.Id).OrderByDescending(c => c.IssuedAt)
            .FirstOrDefaultAsync(cancellationToken) ?? throw ApiProblemException.NotFound($"Order {order.Number} has no certificate yet.");
        var content = blobs.OpenRead(certificate.FileKey)
            ?? throw new InvalidOperationException($"The PDF of certificate {certificate.Number} is missing from the store.");
        return new CertificateFile(content, $"{certificate.Number}.pdf", certificate.Sha256);
    }

    public async ValueTask<CertificateVerification> Handle(VerifyCertificate query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var certificate = code.Length is > 0 and <= 32
            ? await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.VerificationCode == code, cancellationToken)
            : null;
        return certificate is null
            ? throw ApiProblemException.NotFound("No certificate has that verification code: the copy you hold may not be genuine.")
            : new CertificateVerification(certificate.Number, certificate.IssuedAt, certificate.PartName, certificate.Passed ? "Passed" : "Failed", certificate.Sha256);
    }
}

using Amsp.Domain.Persistence;
namespace Amsp.Domain.Production;

/// <summary>An issued PDF inspection certificate, verifiable by its code; the PDF is kept with its own SHA-256.</summary>
public class Certificate : ITracksModification
{
    public Guid Id { get; set; }

    /// <summary><c>CERT-yyyy-nnnnnn</c>, from the order's number.</summary>
    public string Number { get; set; } = "";

    public Guid OrderId { get; set; }

    public string OrderNumber { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public Guid AmCentreId { get; set; }

    public Guid InspectionId { get; set; }

    public string ExecutionId { get; set; } = "";

    public string PartName { get; set; } = "";

    public bool Passed { get; set; }

    /// <summary>A random code, printed on the certificate, that the public verification answers to.</summary>
    public string VerificationCode { get; set; } = "";

    public string FileKey { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public long Length { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>When it last changed (stamped at every save).</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}

namespace Amsp.Domain.Erp;

/// <summary>
/// The first answer to a POST of the ERP API carrying an <c>Idempotency-Key</c>, kept for a day so that a retry with the
/// same key and body gets the same answer, and a retry with another body is refused. While the first request runs the
/// record is in flight (no answer yet) and a second request with the key is refused as a conflict.
/// </summary>
public class IdempotencyRecord
{
    public Guid Id { get; set; }

    /// <summary>The organization of the machine client; <see cref="Guid.Empty"/> for a person (keyed by <see cref="Caller"/>).</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>Who sent it: the machine client's id or the person's user id.</summary>
    public string Caller { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 (hex) of the method, path and body: what makes "the same request".</summary>
    public string Fingerprint { get; set; } = "";

    public bool Completed { get; set; }

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

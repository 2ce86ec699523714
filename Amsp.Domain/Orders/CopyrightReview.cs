using System.Text.Json.Serialization;

namespace Amsp.Domain.Orders;

[JsonConverter(typeof(JsonStringEnumConverter<CopyrightReviewStatus>))]
public enum CopyrightReviewStatus
{
    Pending,
    Cleared,
    Rejected,
}

/// <summary>
/// A near match between an order's model and a protected design, waiting for a reviewer (Operator or Admin) to
/// decide whether the order may go on.
/// </summary>
public class CopyrightReview
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid ModelId { get; set; }

    public Guid ProtectedDesignId { get; set; }

    /// <summary>Shape similarity in [0, 1].</summary>
    public double Similarity { get; set; }

    public CopyrightReviewStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Note { get; set; }

    /// <summary>The checking execution: unique, so a re-run finds its review instead of opening another.</summary>
    public string ExecutionId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

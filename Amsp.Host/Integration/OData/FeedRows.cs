using Amsp.Domain.Orders;
using Amsp.Domain.Production;

namespace Amsp.Host.Integration.OData;

// The feed's read models: what an ERP pulls, projected from the domain's entities (never the entities themselves, whose
// execution ids, blob keys and JSON columns are internals). Navigation properties are filled only when expanded.

/// <summary>A row of an entity set: its key, and the time of its last change that delta pulls filter on.</summary>
public interface IFeedRow
{
    Guid Id { get; }

    DateTimeOffset ModifiedAt { get; }
}

/// <summary>A row that belongs to an order, and can expand to it.</summary>
public interface IOrderPart : IFeedRow
{
    Guid OrderId { get; }

    FeedOrder? Order { get; set; }
}

public sealed class FeedOrder : IFeedRow
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid CustomerId { get; set; }
    public OrderStatus Status { get; set; }
    public string Title { get; set; } = "";
    public int Quantity { get; set; }
    public string? Material { get; set; }
    public DateOnly? DueDate { get; set; }
    public Guid? AcceptedQuoteId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public List<FeedOrderLine> Lines { get; set; } = [];
    public List<FeedQuote> Quotes { get; set; } = [];
    public List<FeedPrintJob> PrintJobs { get; set; } = [];
    public List<FeedInspection> Inspections { get; set; } = [];
    public List<FeedCertificate> Certificates { get; set; } = [];
    public List<FeedShipment> Shipments { get; set; } = [];
}

/// <summary>
/// The line an ERP books for an order: the part ordered, at the price of the accepted quote. An order has one accepted
/// quote and so one line (number 1), keyed by that quote's id; an order without an accepted quote has no line yet.
/// </summary>
public sealed class FeedOrderLine : IOrderPart
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public string OrderNumber { get; set; } = "";
    public int LineNumber { get; set; }
    public Guid AmCentreId { get; set; }
    public string PartName { get; set; } = "";
    public Guid? MaterialId { get; set; }
    public int Quantity { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public FeedOrder? Order { get; set; }
}

public sealed class FeedQuote : IOrderPart
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid AmCentreId { get; set; }
    public QuoteStatus Status { get; set; }
    public Guid? MaterialId { get; set; }
    public string Currency { get; set; } = "";
    public decimal Total { get; set; }
    public int LeadTimeDays { get; set; }
    public DateTimeOffset ValidUntil { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>The price breakdown (material, machine time, set-up, ...), adding up to the total: the quote's own lines, a plain value.</summary>
    public List<QuoteLine> Items { get; set; } = [];
    public FeedOrder? Order { get; set; }
}

public sealed class FeedPrintJob : IOrderPart
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid AmCentreId { get; set; }
    public Guid PrinterId { get; set; }
    public Guid? MaterialId { get; set; }
    public int Dispatch { get; set; }
    public int Part { get; set; }
    public PrintJobStatus Status { get; set; }
    public double? Progress { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public FeedOrder? Order { get; set; }
}

public sealed class FeedInspection : IOrderPart
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid AmCentreId { get; set; }
    public int Attempt { get; set; }
    public InspectionStatus Status { get; set; }
    public string? Nonconformity { get; set; }
    public string? InspectorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? InspectedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public FeedOrder? Order { get; set; }
}

public sealed class FeedCertificate : IOrderPart
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid OrderId { get; set; }
    public Guid AmCentreId { get; set; }
    public Guid InspectionId { get; set; }
    public string PartName { get; set; } = "";
    public bool Passed { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public FeedOrder? Order { get; set; }
}

public sealed class FeedShipment : IOrderPart
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid AmCentreId { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public int Packages { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public FeedOrder? Order { get; set; }
}

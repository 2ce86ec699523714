using System.Text.Json.Serialization;
using Amsp.Domain.Persistence;

namespace Amsp.Domain.Orders;

[JsonConverter(typeof(JsonStringEnumConverter<QuoteStatus>))]
public enum QuoteStatus
{
    Offered,
    Accepted,
    Rejected,
    Expired,

    /// <summary>The AM centre could not quote (its pricing formula failed, say); the reason says why.</summary>
    Failed,
}

/// <summary>What a quote line prices.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteLineKind>))]
public enum QuoteLineKind
{
    Material,
    MachineTime,
    Setup,
    PostProcessing,
    Royalty,
    Discount,
    Margin,
    Other,
}

/// <summary>
/// One AM centre's offer for an order, priced from its price list (or its pricing formula): line items that add up
/// exactly to the total (each rounded by <see cref="Money.MoneyRounding"/>), a lead time, and a validity.
/// </summary>
public class Quote : ITracksModification
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid AmCentreId { get; set; }

    public Guid? PriceListId { get; set; }

    /// <summary>The printer the estimate was made for (the centre's best capable one).</summary>
    public Guid? PrinterId { get; set; }

    public Guid? MaterialId { get; set; }

    public string Currency { get; set; } = "EUR";

    public List<QuoteLine> Lines { get; set; } = [];

    public decimal Total { get; set; }

    public int LeadTimeDays { get; set; }

    public DateTimeOffset ValidUntil { get; set; }

    public QuoteStatus Status { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>The estimate behind the price (JSON): machine time, material, support, the estimator's breakdown.</summary>
    public string EstimateJson { get; set; } = "{}";

    /// <summary>The quoting execution; with the centre, unique, so a re-run finds its quotes instead of making more.</summary>
    public string ExecutionId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed (stamped at every save).</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}

/// <summary>A quote line: what, how many, at what unit price, and its rounded amount.</summary>
public class QuoteLine
{
    public QuoteLineKind Kind { get; set; }

    public string Description { get; set; } = "";

    public decimal Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }
}

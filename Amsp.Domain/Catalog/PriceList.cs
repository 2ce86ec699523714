using System.Text.Json.Serialization;

namespace Amsp.Domain.Catalog;

/// <summary>The post-processing steps a price list can price and a requirement can ask for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostProcessingKind>))]
public enum PostProcessingKind
{
    SupportRemoval,
    Sanding,
    Dyeing,
    VapourSmoothing,
    Painting,
}

/// <summary>
/// How an AM centre prices a job, as data. Amounts are in <see cref="Currency"/> and are rounded by
/// <see cref="Money.MoneyRounding"/>. An optional JavaScript <see cref="PricingScript"/> replaces the
/// computation from these figures (run in the workflow engine's sandbox).
/// </summary>
public class PriceList
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>ISO 4217 code, e.g. <c>EUR</c>.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Charged once per job (machine preparation, file handling).</summary>
    public decimal SetupFee { get; set; }

    /// <summary>Machine rate per hour, used where the printer sets none.</summary>
    public decimal MachineHourlyRate { get; set; }

    public List<PostProcessingPrice> PostProcessing { get; set; } = [];

    /// <summary>Discounts by quantity; the row with the largest minimum not above the quantity applies.</summary>
    public List<QuantityDiscount> QuantityDiscounts { get; set; } = [];

    /// <summary>Margin added to the cost, percent.</summary>
    public decimal MarginPercent { get; set; }

    /// <summary>How many days a quote from this price list stays valid.</summary>
    public int QuoteValidityDays { get; set; } = 14;

    /// <summary>Optional JavaScript pricing formula returning line items.</summary>
    public string? PricingScript { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The price of one post-processing step, per part.</summary>
public class PostProcessingPrice
{
    public PostProcessingKind Kind { get; set; }

    public decimal PricePerPart { get; set; }
}

/// <summary>A discount from a minimum quantity on.</summary>
public class QuantityDiscount
{
    public int MinQuantity { get; set; }

    public decimal DiscountPercent { get; set; }
}

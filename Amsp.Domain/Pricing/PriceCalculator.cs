using System.Globalization;
using Amsp.Domain.Catalog;
using Amsp.Domain.Money;
using Amsp.Domain.Orders;

namespace Amsp.Domain.Pricing;

/// <summary>What a part asks of a machine and of material, per part.</summary>
/// <param name="PartCm3">The part's volume, cm³.</param>
/// <param name="SupportCm3">The support's estimated volume, cm³.</param>
/// <param name="MachineHours">Estimated machine time, hours.</param>
public sealed record PartMeasures(double PartCm3, double SupportCm3, double MachineHours);

/// <summary>A royalty owed per part to the owner of a protected design.</summary>
public sealed record Royalty(decimal PerPart, string Currency, string DesignName);

/// <summary>An AM centre cannot price the job (a step it does not offer, a currency it does not quote in).</summary>
public sealed class PricingException(string message) : Exception(message);

/// <summary>
/// Prices a job from a price list, as data: material (part and support volume × density × price per kg, or volume ×
/// price per cm³), machine time × hourly rate, the setup fee once, post-processing per part, a royalty per part, then
/// the quantity discount and the margin on what precedes them. Every line's amount is rounded by
/// <see cref="MoneyRounding"/> and the total is their sum, so the lines add up to it exactly.
/// </summary>
public static class PriceCalculator
{
    public static (List<QuoteLine> Lines, decimal Total) Price(PriceList list, Material material, PartMeasures part, int quantity,
        IReadOnlyList<PostProcessingKind> postProcessing, decimal? printerHourlyRate, Royalty? royalty)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(postProcessing);
        var currency = list.Currency;
        var lines = new List<QuoteLine>();
        var cm3 = (decimal)(part.PartCm3 + part.SupportCm3);
        var materialPerPart = material.PricingBasis == PricingBasis.PerKg ? cm3 * material.Density / 1000m * material.UnitPrice : cm3 * material.UnitPrice;
        lines.Add(Line(QuoteLineKind.Material, Invariant($"{material.Name}: {cm3:0.##} cm³ per part ({part.PartCm3:0.##} part, {part.SupportCm3:0.##} support)"),
            quantity, materialPerPart, currency));
        var rate = printerHourlyRate ?? list.MachineHourlyRate;
        lines.Add(Line(QuoteLineKind.MachineTime, Invariant($"Machine time: {part.MachineHours:0.##} h per part at {rate:0.##} {currency}/h"),
            quantity, (decimal)part.MachineHours * rate, currency));
        if (list.SetupFee > 0)
        {
            lines.Add(Line(QuoteLineKind.Setup, "Setup (machine preparation, file handling)", 1, list.SetupFee, currency));
        }
        foreach (var step in postProcessing.Distinct())
        {
            var price = list.PostProcessing.FirstOrDefault(p => p.Kind == step)
                ?? throw new PricingException($"The AM centre does not offer {step}.");
            lines.Add(Line(QuoteLineKind.PostProcessing, $"Post-processing: {step}", quantity, price.PricePerPart, currency));
        }
        if (royalty is not null)
        {
            if (royalty.Currency != currency)
            {
                throw new PricingException($"The royalty on '{royalty.DesignName}' is in {royalty.Currency}; the AM centre quotes in {currency}.");
            }
            lines.Add(Line(QuoteLineKind.Royalty, $"Royalty to the owner of '{royalty.DesignName}'", quantity, royalty.PerPart, currency));
        }
        var subtotal = lines.Sum(l => l.Amount);
        if (list.QuantityDiscounts.Where(d => d.MinQuantity <= quantity).MaxBy(d => d.MinQuantity) is { DiscountPercent: > 0 } discount)
        {
            lines.Add(Line(QuoteLineKind.Discount, Invariant($"Quantity discount {discount.DiscountPercent:0.##} % (from {discount.MinQuantity} parts)"),
                1, -subtotal * discount.DiscountPercent / 100m, currency));
        }
        if (list.MarginPercent > 0)
        {
            lines.Add(Line(QuoteLineKind.Margin, Invariant($"Margin {list.MarginPercent:0.##} %"), 1, lines.Sum(l => l.Amount) * list.MarginPercent / 100m, currency));
        }
        return (lines, lines.Sum(l => l.Amount));
    }

    public static QuoteLine Line(QuoteLineKind kind, string description, decimal quantity, decimal unitPrice, string currency) => new()
    {
        Kind = kind, Description = description, Quantity = quantity, UnitPrice = Math.Round(unitPrice, 4, MidpointRounding.AwayFromZero),
        Amount = MoneyRounding.Round(unitPrice * quantity, currency),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

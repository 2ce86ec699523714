using System.Globalization;
using System.Text.Json.Nodes;
using Amsp.Domain.Catalog;
using Amsp.Domain.Money;
using Amsp.Domain.Orders;
using Amsp.Domain.Pricing;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Model;

namespace Amsp.Activities.Services;

/// <summary>
/// An AM centre's pricing formula: JavaScript run in the workflow engine's sandbox (its time, statement, memory and
/// recursion limits), with the part's measures in <c>input</c>. It returns an array of lines, or an object with
/// <c>lines</c>: each <c>{ description, amount }</c> with optional <c>kind</c>, <c>quantity</c> and <c>unitPrice</c>.
/// A script that throws, runs out of a limit or returns anything else fails that centre's quote with a message.
/// </summary>
public sealed class PricingScripts(ExpressionEvaluator expressions)
{
    public const int MaxLines = 50;
    private const decimal MaxAmount = 1_000_000_000m;

    public async Task<(List<QuoteLine> Lines, decimal Total)> RunAsync(string script, JsonObject input, string currency, CancellationToken ct)
    {
        JsonNode? result;
        try
        {
            result = await expressions.EvaluateAsync(Expression.JavaScript(script), new ExpressionScope([], input, []), ct);
        }
        catch (ExpressionException e)
        {
            throw new PricingException($"The pricing formula failed: {e.Message}");
        }
        var array = result switch
        {
            JsonArray a => a,
            JsonObject o when o["lines"] is JsonArray a => a,
            _ => throw new PricingException("The pricing formula must return an array of lines or an object with 'lines'."),
        };
        if (array.Count is 0 or > MaxLines)
        {
            throw new PricingException($"The pricing formula returned {array.Count} lines; it must return 1 to {MaxLines}.");
        }
        var lines = array.Select((node, i) => Line(node, i, currency)).ToList();
        var total = lines.Sum(l => l.Amount);
        return total < 0 ? throw new PricingException("The pricing formula's lines add up to a negative total.") : (lines, total);
    }

    /// <summary>What a formula sees as <c>input</c>: the part, the quantity, the post-processing, the material and the list's rates.</summary>
    public static JsonObject Input(ScriptPart part, int quantity, IEnumerable<string> postProcessing, Material material, PriceList list)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(list);
        return new()
        {
            ["part"] = new JsonObject
            {
                ["volume"] = part.Volume, ["area"] = part.Area, ["convexHullVolume"] = part.ConvexHullVolume,
                ["supportVolume"] = part.SupportVolume, ["shells"] = part.Shells, ["machineHours"] = part.MachineHours,
                ["bbox"] = new JsonObject { ["x"] = part.X, ["y"] = part.Y, ["z"] = part.Z },
            },
            ["quantity"] = quantity,
            ["postProcessing"] = new JsonArray([.. postProcessing.Select(p => JsonValue.Create(p))]),
            ["material"] = new JsonObject
            {
                ["name"] = material.Name, ["process"] = material.Process.ToString(), ["density"] = material.Density,
                ["unitPrice"] = material.UnitPrice, ["pricingBasis"] = material.PricingBasis.ToString(),
            },
            ["currency"] = list.Currency,
            ["priceList"] = new JsonObject { ["setupFee"] = list.SetupFee, ["machineHourlyRate"] = list.MachineHourlyRate, ["marginPercent"] = list.MarginPercent },
        };
    }

    private static QuoteLine Line(JsonNode? node, int index, string currency)
    {
        if (node is not JsonObject line || line["description"] is not JsonValue d || !d.TryGetValue<string>(out var description)
            || string.IsNullOrWhiteSpace(description) || description.Length > 200)
        {
            throw new PricingException($"Line {index + 1} of the pricing formula needs a description of 1 to 200 characters.");
        }
        var amount = Number(line["amount"]) ?? throw new PricingException($"Line {index + 1} ('{description}') needs a numeric amount.");
        var quantity = Number(line["quantity"]) ?? 1;
        if (Math.Abs(amount) > MaxAmount || quantity is <= 0 or > 1_000_000)
        {
            throw new PricingException($"Line {index + 1} ('{description}') has an amount or quantity out of range.");
        }
        var kind = line["kind"] is JsonValue k && k.TryGetValue<string>(out var name) && Enum.TryParse<QuoteLineKind>(name, true, out var parsed)
            ? parsed : QuoteLineKind.Other;
        return new QuoteLine
        {
            Kind = kind, Description = description, Quantity = quantity,
            UnitPrice = Number(line["unitPrice"]) ?? Math.Round(amount / quantity, 4, MidpointRounding.AwayFromZero),
            Amount = MoneyRounding.Round(amount, currency),
        };
    }

    private static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }
        if (value.TryGetValue<double>(out var d))
        {
            return double.IsFinite(d) && Math.Abs(d) < 1e15 ? (decimal)d : null;
        }
        return value.TryGetValue<decimal>(out var m) ? m : value.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null;
    }
}

/// <summary>A part's measures as a pricing formula sees them: volumes in cm³, area in cm², hours, the box in mm.</summary>
public sealed record ScriptPart(double Volume, double Area, double ConvexHullVolume, double SupportVolume, int Shells, double MachineHours,
    double X, double Y, double Z);

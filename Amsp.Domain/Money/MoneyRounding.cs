namespace Amsp.Domain.Money;

/// <summary>
/// The platform's one rounding rule for money: every amount that is stored or shown (a line item, a fee, a
/// total) is rounded to the minor unit of its ISO 4217 currency, half away from zero (0.005 EUR → 0.01 EUR).
/// A total is the sum of its rounded line items, so line items always add up to it exactly.
/// </summary>
public static class MoneyRounding
{
    // ISO 4217 minor units of the currencies the platform accepts; any other three-letter code is refused.
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["EUR"] = 2, ["USD"] = 2, ["GBP"] = 2, ["CHF"] = 2, ["SEK"] = 2, ["NOK"] = 2, ["DKK"] = 2, ["PLN"] = 2,
        ["CZK"] = 2, ["HUF"] = 2, ["RON"] = 2, ["CAD"] = 2, ["AUD"] = 2, ["NZD"] = 2, ["CNY"] = 2, ["INR"] = 2,
        ["BRL"] = 2, ["MXN"] = 2, ["SGD"] = 2, ["HKD"] = 2, ["ZAR"] = 2, ["TRY"] = 2, ["ILS"] = 2, ["AED"] = 2,
        ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0, ["VND"] = 0,
        ["KWD"] = 3, ["BHD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    /// <summary>The ISO 4217 codes accepted, in order.</summary>
    public static IEnumerable<string> Currencies => MinorUnits.Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="currency"/> is an accepted ISO 4217 code.</summary>
    public static bool IsKnown(string? currency) => currency is not null && MinorUnits.ContainsKey(currency);

    /// <summary>Digits after the decimal point of <paramref name="currency"/>.</summary>
    public static int Decimals(string currency) =>
        MinorUnits.TryGetValue(currency, out var digits)
            ? digits
            : throw new ArgumentException($"'{currency}' is not an ISO 4217 currency the platform accepts.", nameof(currency));

    /// <summary>Rounds <paramref name="amount"/> to the minor unit of <paramref name="currency"/>, half away from zero.</summary>
    public static decimal Round(decimal amount, string currency) =>
        Math.Round(amount, Decimals(currency), MidpointRounding.AwayFromZero);
}

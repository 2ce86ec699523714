namespace Amsp.Reporting.Exports;

/// <summary>What the Summary sheet needs from the rows: counts and sums, kept while the rows stream past.</summary>
internal sealed class ExportTotals
{
    public int Rows { get; private set; }
    public long Quantity { get; private set; }

    /// <summary>Per currency, in order of first appearance: lines, lines with a total, sum of totals.</summary>
    public Dictionary<string, (int Lines, int Priced, decimal Total)> ByCurrency { get; } = new(StringComparer.Ordinal);

    public void Add(OrderExportRow row)
    {
        Rows++;
        Quantity += row.Quantity;
        ByCurrency.TryGetValue(row.Currency, out var c);
        ByCurrency[row.Currency] = (c.Lines + 1, c.Priced + (row.Total is null ? 0 : 1), c.Total + (row.Total ?? 0));
    }
}


namespace Amsp.Reporting.Exports;

/// <summary>The "Summary" sheet: what was asked for, when, and what came out (rows, quantity, money per currency).</summary>
internal static class SummarySheet
{
    private const string All = "all";

    public static void Write(Stream part, OrderExportFilter filter, ExportTotals totals, ExportStyles styles)
    {
        using var sheet = new SheetWriter(part, [24, 28, 14, 18], freezeHeader: false);
        Pair(sheet, "Order export", null);
        Pair(sheet, "Scope", filter.Scope);
        Date(sheet, "Generated at (UTC)", filter.GeneratedAt);
        Blank(sheet);
        Pair(sheet, "Filter", null);
        Date(sheet, "From (UTC)", filter.From);
        Date(sheet, "To (UTC)", filter.To);
        Pair(sheet, "Status", filter.Status ?? All);
        Pair(sheet, "Customer", filter.Customer ?? All);
        Pair(sheet, "AM centre", filter.AmCentre ?? All);
        Blank(sheet);
        sheet.StartRow();
        sheet.Text("Rows", ExportStyles.Bold);
        sheet.Number(totals.Rows, ExportStyles.Integer);
        sheet.EndRow();
        sheet.StartRow();
        sheet.Text("Quantity total", ExportStyles.Bold);
        sheet.Number(totals.Quantity, ExportStyles.Integer);
        sheet.EndRow();
        Blank(sheet);

        sheet.StartRow();
        foreach (var header in new[] { "Currency", "Total", "Lines", "Lines with a total" })
            sheet.Text(header, ExportStyles.Header);
        sheet.EndRow();
        foreach (var (currency, (lines, priced, total)) in totals.ByCurrency.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            sheet.StartRow();
            sheet.Text(currency);
            sheet.Number(total, styles.Money(currency));
            sheet.Number(lines, ExportStyles.Integer);
            sheet.Number(priced, ExportStyles.Integer);
            sheet.EndRow();
        }
        sheet.Finish(filterColumns: 0);
    }

    private static void Pair(SheetWriter sheet, string label, string? value)
    {
        sheet.StartRow();
        sheet.Text(label, ExportStyles.Bold);
        sheet.Text(value);
        sheet.EndRow();
    }

    private static void Date(SheetWriter sheet, string label, DateTimeOffset? value)
    {
        if (value is null)
        {
            Pair(sheet, label, All);
            return;
        }
        sheet.StartRow();
        sheet.Text(label, ExportStyles.Bold);
        sheet.Date(value.Value.UtcDateTime, ExportStyles.DateTime);
        sheet.EndRow();
    }

    private static void Blank(SheetWriter sheet)
    {
        sheet.StartRow();
        sheet.EndRow();
    }
}

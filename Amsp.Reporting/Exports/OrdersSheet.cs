using System.Globalization;

namespace Amsp.Reporting.Exports;

/// <summary>The "Orders" sheet: a header and one typed row per order line, written as the rows arrive.</summary>
internal static class OrdersSheet
{
    public static readonly (string Header, double Width)[] Columns =
    [
        ("Order", 18), ("Line", 6), ("Ordered (UTC)", 17), ("Status", 14), ("Customer", 28), ("AM centre", 24),
        ("Part", 30), ("Material", 18), ("Process", 10), ("Quantity", 10), ("Unit price", 15), ("Total", 16),
        ("Currency", 10), ("Due date", 12), ("Delivered (UTC)", 17),
    ];

    /// <summary>Excel's row limit less the header.</summary>
    public const int MaxLines = SheetWriter.MaxRows - 1;

    public static async Task<ExportTotals> WriteAsync(Stream part, IAsyncEnumerable<OrderExportRow> rows, ExportStyles styles,
        CancellationToken ct, int maxLines = MaxLines)
    {
        var totals = new ExportTotals();
        using var sheet = new SheetWriter(part, [.. Columns.Select(c => c.Width)], freezeHeader: true);
        sheet.StartRow();
        foreach (var (header, _) in Columns)
            sheet.Text(header, ExportStyles.Header);
        sheet.EndRow();

        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (totals.Rows == maxLines)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"More than {maxLines:N0} order lines: an Excel sheet holds no more. Narrow the filter."), nameof(rows));
            if (!IsCurrencyCode(row.Currency))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Row {totals.Rows + 1}: currency '{row.Currency}' is not an ISO 4217 code (three capital letters)."), nameof(rows));
            var money = styles.Money(row.Currency);
            sheet.StartRow();
            sheet.Text(row.OrderNumber);
            sheet.Number(row.Line, ExportStyles.Integer);
            sheet.Date(row.OrderedAt.UtcDateTime, ExportStyles.DateTime);
            sheet.Text(row.Status);
            sheet.Text(row.Customer);
            sheet.Text(row.AmCentre);
            sheet.Text(row.PartName);
            sheet.Text(row.Material);
            sheet.Text(row.Process);
            sheet.Number(row.Quantity, ExportStyles.Integer);
            sheet.Number(row.UnitPrice, money);
            sheet.Number(row.Total, money);
            sheet.Text(row.Currency);
            sheet.Date(row.DueDate?.ToDateTime(TimeOnly.MinValue), ExportStyles.Date);
            sheet.Date(row.DeliveredAt?.UtcDateTime, ExportStyles.DateTime);
            sheet.EndRow();
            totals.Add(row);
        }
        sheet.Finish(Columns.Length);
        return totals;
    }

    /// <summary>The code goes into a number format between quotes, so only ISO 4217's shape (three capitals) is let in.</summary>
    private static bool IsCurrencyCode(string? currency) => currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);
}

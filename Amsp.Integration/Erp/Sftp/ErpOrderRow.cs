namespace Amsp.Integration.Erp.Sftp;

/// <summary>
/// One row of the order export: one order (an AMSP order holds one part, so its single line is line 1; the column is
/// there for ERPs that import order lines). Money is the accepted quote's; absent until a quote is accepted.
/// </summary>
public sealed record ErpOrderRow(
    string OrderNumber, int Line, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Status, string Customer,
    string? AmCentre, string Part, string? Material, string? Process, int Quantity, decimal? UnitPrice, decimal? Total,
    string Currency, DateOnly? DueDate, DateTimeOffset? DeliveredAt)
{
    /// <summary>The export's columns, in order (CSV header, XML element names).</summary>
    public static readonly string[] Columns =
    [
        "order_number", "line", "created_at", "updated_at", "status", "customer", "am_centre", "part", "material", "process",
        "quantity", "unit_price", "total", "currency", "due_date", "delivered_at",
    ];

    /// <summary>The values in <see cref="Columns"/> order, invariant: times ISO 8601 UTC, decimals with a point.</summary>
    public string?[] Values() =>
    [
        OrderNumber, Line.ToString(Inv), Time(CreatedAt), Time(UpdatedAt), Status, Customer, AmCentre, Part, Material, Process,
        Quantity.ToString(Inv), UnitPrice?.ToString("0.00##", Inv), Total?.ToString("0.00##", Inv), Currency,
        DueDate?.ToString("yyyy-MM-dd", Inv), DeliveredAt is { } d ? Time(d) : null,
    ];

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Inv);
}

namespace Amsp.Reporting.Exports;

/// <summary>
/// One order line as the export writes it. Currency is an ISO 4217 code ("EUR"); UnitPrice and Total are in it.
/// Timestamps are written in UTC (Excel has no offsets); DueDate is a plain date.
/// </summary>
public sealed record OrderExportRow(
    string OrderNumber, int Line, DateTimeOffset OrderedAt, string Status, string Customer, string? AmCentre,
    string PartName, string? Material, string? Process, int Quantity, decimal? UnitPrice, decimal? Total, string Currency,
    DateOnly? DueDate, DateTimeOffset? DeliveredAt);

/// <summary>
/// The filter the rows were selected with, repeated on the Summary sheet so a reader knows what the file covers.
/// Null means "all". Scope names whose orders these are (an organization, or "all organizations").
/// </summary>
public sealed record OrderExportFilter(
    DateTimeOffset? From, DateTimeOffset? To, string? Status, string? Customer, string? AmCentre, string Scope,
    DateTimeOffset GeneratedAt);

using System.Text.Json;
using Amsp.Domain.Orders;

namespace Amsp.Host.Platform.Orders;

public sealed record StatusChangeDto(DateTimeOffset At, OrderStatus? From, OrderStatus To, string Actor, string? Reason);

public sealed record QuoteLineDto(QuoteLineKind Kind, string Description, decimal Quantity, decimal UnitPrice, decimal Amount);

public sealed record QuoteDto(Guid Id, Guid AmCentreId, string AmCentreName, QuoteStatus Status, string Currency, IReadOnlyList<QuoteLineDto> Lines,
    decimal Total, int LeadTimeDays, DateTimeOffset ValidUntil, string? FailureReason, Guid? PrinterId, Guid? MaterialId, JsonElement Estimate)
{
    public static QuoteDto From(Quote q, string centre) => new(q.Id, q.AmCentreId, centre, q.Status, q.Currency,
        [.. q.Lines.Select(l => new QuoteLineDto(l.Kind, l.Description, l.Quantity, l.UnitPrice, l.Amount))], q.Total, q.LeadTimeDays,
        q.ValidUntil, q.FailureReason, q.PrinterId, q.MaterialId, JsonDocument.Parse(q.EstimateJson).RootElement.Clone());
}

public sealed record OrderSummaryDto(string Number, Guid Id, Guid OrganizationId, Guid RequirementId, OrderStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrderSummaryDto From(Order o) => new(o.Number, o.Id, o.OrganizationId, o.RequirementId, o.Status, o.CreatedAt, o.UpdatedAt);
}

/// <summary>An order as its customer follows it: status, history, reasons, analysis, repair, quotes.</summary>
public sealed record OrderDto(
    string Number, Guid Id, Guid OrganizationId, Guid RequirementId, OrderStatus Status, IReadOnlyList<string> Reasons,
    Guid? ModelId, Guid? RepairedModelId, Guid? AcceptedQuoteId, JsonElement? Analysis, JsonElement? Repair,
    IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<StatusChangeDto> History, string InstanceId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

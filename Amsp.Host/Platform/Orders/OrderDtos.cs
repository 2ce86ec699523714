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

/// <summary>A line of the order list; <c>Part</c> is the requirement's title, so that a person recognises the order.</summary>
public sealed record OrderSummaryDto(string Number, Guid Id, Guid OrganizationId, Guid RequirementId, string Part, OrderStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrderSummaryDto From(Order o, string? part) =>
        new(o.Number, o.Id, o.OrganizationId, o.RequirementId, part ?? "", o.Status, o.CreatedAt, o.UpdatedAt);
}

/// <summary>The order's latest certificate: its number, verdict and the code anyone can verify it with.</summary>
public sealed record OrderCertificateDto(string Number, DateTimeOffset IssuedAt, bool Passed, string VerificationCode);

/// <summary>An order as its customer follows it: part, status, history, reasons, analysis, repair, quotes, certificate.</summary>
public sealed record OrderDto(
    string Number, Guid Id, Guid OrganizationId, Guid RequirementId, string Part, OrderStatus Status, IReadOnlyList<string> Reasons,
    Guid? ModelId, Guid? RepairedModelId, Guid? AcceptedQuoteId, JsonElement? Analysis, JsonElement? Repair,
    IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<StatusChangeDto> History, OrderCertificateDto? Certificate, string InstanceId, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

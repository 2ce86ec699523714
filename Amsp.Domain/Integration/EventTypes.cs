using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amsp.Domain.Integration;

/// <summary>
/// The integration events the platform publishes, each with the type of its <c>data</c> in contract <c>v1</c>. A
/// contract only ever gains optional fields; a change that would break a receiver is a new version beside the old.
/// </summary>
public static class EventTypes
{
    public const string V1 = "v1";

    public const string OrderStatusChanged = "order.status-changed";
    public const string QuoteCreated = "quote.created";
    public const string QuoteStatusChanged = "quote.status-changed";
    public const string PrintJobCreated = "print-job.created";
    public const string PrintJobStatusChanged = "print-job.status-changed";
    public const string InspectionCreated = "inspection.created";
    public const string InspectionRecorded = "inspection.recorded";
    public const string CertificateIssued = "certificate.issued";
    public const string ShipmentCreated = "shipment.created";
    public const string ShipmentShipped = "shipment.shipped";
    public const string ShipmentDelivered = "shipment.delivered";

    /// <summary>The platform's event types with the CLR type of their v1 <c>data</c>, in a stable order.</summary>
    public static IReadOnlyList<(string Type, Type Data)> Contracts { get; } =
    [
        (OrderStatusChanged, typeof(OrderStatusChangedV1)),
        (QuoteCreated, typeof(QuoteV1)),
        (QuoteStatusChanged, typeof(QuoteV1)),
        (PrintJobCreated, typeof(PrintJobV1)),
        (PrintJobStatusChanged, typeof(PrintJobV1)),
        (InspectionCreated, typeof(InspectionV1)),
        (InspectionRecorded, typeof(InspectionV1)),
        (CertificateIssued, typeof(CertificateIssuedV1)),
        (ShipmentCreated, typeof(ShipmentV1)),
        (ShipmentShipped, typeof(ShipmentV1)),
        (ShipmentDelivered, typeof(ShipmentV1)),
    ];

    public static bool IsPlatformType(string type) => Contracts.Any(c => c.Type == type);

    /// <summary>
    /// What a workflow's SendToErp step may name: dotted lower-case words (<c>erp.order-released</c>), at most 64
    /// characters, not one of the platform's own types (whose contracts it could not keep).
    /// </summary>
    public static bool IsValidCustomType(string? type) =>
        type is { Length: > 2 and <= 64 } && !IsPlatformType(type)
        && type.Split('.') is { Length: >= 2 } parts
        && parts.All(p => p.Length > 0 && char.IsAsciiLetterLower(p[0]) && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));

    /// <summary>How every event's data is written: camelCase, enums by name, ISO 8601 times.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>The envelope every event is sent in (Standard Webhooks' <c>type</c>, <c>timestamp</c>, <c>data</c>, and ours).</summary>
/// <param name="Id">The idempotency key, equal to the <c>webhook-id</c> header and the AMQP <c>message_id</c>.</param>
/// <param name="Type">The event type.</param>
/// <param name="Version">The contract's version.</param>
/// <param name="Timestamp">When the change happened.</param>
/// <param name="Sequence">The place among the order's events, from 1; receivers may use it to spot a gap or an old event.</param>
/// <param name="OrderNumber">The order, e.g. <c>AMSP-2026-000123</c>.</param>
/// <param name="Data">The contract's data.</param>
public sealed record EventEnvelope<T>(Guid Id, string Type, string Version, DateTimeOffset Timestamp, long Sequence, string? OrderNumber, T Data);

public sealed record OrderStatusChangedV1(Guid OrderId, string OrderNumber, string? From, string To, string? Reason, string Actor, DateTimeOffset At);

public sealed record QuoteV1(Guid QuoteId, Guid OrderId, string OrderNumber, Guid AmCentreId, string Status, string? PreviousStatus,
    decimal Total, string Currency, int LeadTimeDays, DateTimeOffset ValidUntil, string? FailureReason);

public sealed record PrintJobV1(Guid PrintJobId, Guid OrderId, string OrderNumber, Guid AmCentreId, Guid PrinterId, int Part, int Dispatch,
    string Status, string? PreviousStatus, string? FailureReason, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);

public sealed record InspectionV1(Guid InspectionId, Guid OrderId, string OrderNumber, Guid AmCentreId, int Attempt, string Status,
    string? PreviousStatus, string? Nonconformity, DateTimeOffset? InspectedAt);

public sealed record CertificateIssuedV1(Guid CertificateId, string Number, Guid OrderId, string OrderNumber, Guid AmCentreId, Guid InspectionId,
    string PartName, bool Passed, string Sha256, DateTimeOffset IssuedAt);

public sealed record ShipmentV1(Guid ShipmentId, Guid OrderId, string OrderNumber, Guid AmCentreId, string? Carrier, string? TrackingNumber,
    int Packages, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt);

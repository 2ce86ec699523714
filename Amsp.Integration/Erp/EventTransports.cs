namespace Amsp.Integration.Erp;

/// <summary>
/// One integration event as a connector carries it to an ERP or MES: the outbox's row, already serialized. The id is
/// the idempotency key every transport passes on (<c>webhook-id</c>, AMQP <c>message_id</c>), so a receiver that
/// deduplicates on it sees each event once although delivery is at least once.
/// </summary>
/// <param name="Id">The event's id, stable across retries and replays.</param>
/// <param name="Type">The event type without its version, e.g. <c>order.status-changed</c>.</param>
/// <param name="Version">The contract's version, e.g. <c>v1</c>; its JSON Schema is published by the API.</param>
/// <param name="OrganizationId">The customer's organization the event is about.</param>
/// <param name="AmCentreId">The AM centre concerned, when there is one.</param>
/// <param name="OrderNumber">The order the event belongs to: events of one order are delivered in order.</param>
/// <param name="Sequence">The event's place among the order's events, from 1.</param>
/// <param name="OccurredAt">When the change happened.</param>
/// <param name="Body">The JSON document sent as is (envelope with <c>type</c>, <c>timestamp</c> and <c>data</c>).</param>
public sealed record OutboundEvent(
    Guid Id, string Type, string Version, Guid OrganizationId, Guid? AmCentreId, string? OrderNumber, long Sequence,
    DateTimeOffset OccurredAt, string Body);

/// <summary>A connector as configured by an organization, its secrets already unprotected (never logged, never returned).</summary>
/// <param name="Id">The connector's id.</param>
/// <param name="OrganizationId">The organization that configured it and whose events it receives.</param>
/// <param name="Kind">The transport: <see cref="ConnectorKinds"/>.</param>
/// <param name="Name">The organization's name for it.</param>
/// <param name="SettingsJson">The transport's settings (URL, broker, folders…), without secrets.</param>
/// <param name="Secrets">The secrets in force, newest first (two during a rotation).</param>
public sealed record ConnectorEndpoint(Guid Id, Guid OrganizationId, string Kind, string Name, string SettingsJson, IReadOnlyList<string> Secrets);

/// <summary>The transports a connector can use.</summary>
public static class ConnectorKinds
{
    public const string Webhook = "webhook";
    public const string Amqp = "amqp";
    public const string Sftp = "sftp";
    public const string Mqtt = "mqtt";
}

/// <summary>How one delivery attempt went.</summary>
/// <param name="Delivered">The receiver accepted the event (2xx, broker confirm).</param>
/// <param name="Retryable">Worth trying again later (timeouts, 5xx, 408, 429, broker down); false sends it to the dead letters.</param>
/// <param name="Error">What went wrong, in a sentence for the operator (no secrets).</param>
/// <param name="RetryAfter">The receiver's own wish for the next attempt (Retry-After), if it said one.</param>
public sealed record DeliveryResult(bool Delivered, bool Retryable, string? Error, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Success { get; } = new(true, false, null);

    public static DeliveryResult Retry(string error, TimeSpan? after = null) => new(false, true, error, after);

    public static DeliveryResult Fail(string error) => new(false, false, error);
}

/// <summary>
/// Carries outbox events over one transport. The outbox dispatcher picks the transport by <see cref="Kind"/> and
/// records the result; a transport never retries on its own beyond a single attempt's resilience.
/// </summary>
public interface IEventTransport
{
    /// <summary>The <see cref="ConnectorKinds"/> value this transport serves.</summary>
    string Kind { get; }

    Task<DeliveryResult> DeliverAsync(ConnectorEndpoint connector, OutboundEvent outboundEvent, CancellationToken ct);
}

/// <summary>The connectors configured in the database, for transports that run on their own (consumers, schedules).</summary>
public interface IConnectorDirectory
{
    /// <summary>The enabled connectors of one kind, their secrets unprotected.</summary>
    Task<IReadOnlyList<ConnectorEndpoint>> ListAsync(string kind, CancellationToken ct);
}

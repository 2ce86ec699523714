namespace Amsp.Domain.Integration;

/// <summary>
/// How an organization's ERP or MES receives its integration events: a transport (<c>webhook</c>, <c>amqp</c>…), its
/// settings and its secrets. Secrets are stored protected by ASP.NET Core Data Protection (the key ring in this
/// database) and never returned; during a rotation the previous secret stays in force until
/// <see cref="PreviousSecretValidUntil"/>, so the receiver can switch over without losing events.
/// </summary>
public class Connector
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The transport, one of <c>Amsp.Integration.Erp.ConnectorKinds</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Unique within the organization; a workflow's SendToErp step names a connector by it.</summary>
    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Event types it receives; empty: every type.</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>The transport's settings as JSON, without secrets.</summary>
    public string SettingsJson { get; set; } = "{}";

    public string? ProtectedSecret { get; set; }

    public string? ProtectedPreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretValidUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Subscribes(string type) => EventTypes.Count == 0 || EventTypes.Contains(type, StringComparer.Ordinal);

    /// <summary>
    /// Whether the connector receives the event: the one an event names (a workflow step's), else a subscriber of the
    /// customer's organization or of the AM centre the event is addressed to.
    /// </summary>
    public bool Receives(IntegrationEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.TargetConnectorId is { } target
            ? Id == target
            : (OrganizationId == e.OrganizationId || OrganizationId == e.AmCentreId) && Subscribes(e.Type);
    }
}

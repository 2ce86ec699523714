using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Integration.Erp;
using Mediator;

namespace Amsp.Host.Integration.Connectors;

/// <summary>
/// Sends a <c>connector.test</c> event to the connector at once, through its transport, and answers how it went — for
/// setting a receiver up. Not written to the outbox: nothing is retried and no order is concerned.
/// </summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record TestConnector(Guid OrganizationId, Guid ConnectorId) : ConnectorRequest(OrganizationId), ICommand<ConnectorTestResult>;

public sealed class TestConnectorHandler(AmspDbContext db, IEnumerable<IEventTransport> transports, ConnectorSecrets secrets, TimeProvider clock)
    : ICommandHandler<TestConnector, ConnectorTestResult>
{
    public const string Type = "connector.test";

    public async ValueTask<ConnectorTestResult> Handle(TestConnector command, CancellationToken cancellationToken)
    {
        var connector = await ConnectorHandlers.FindAsync(db, command.OrganizationId, command.ConnectorId, cancellationToken);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        if (transports.FirstOrDefault(t => t.Kind == connector.Kind) is not { } transport)
        {
            return new ConnectorTestResult(id, false, $"No {connector.Kind} transport runs on this server.");
        }
        var body = JsonSerializer.Serialize(new EventEnvelope<object>(id, Type, EventTypes.V1, now, 0, null,
            new { connectorId = connector.Id, message = "A test event from AMSP: the connector works." }), EventTypes.Json);
        var result = await transport.DeliverAsync(secrets.Endpoint(connector, now),
            new OutboundEvent(id, Type, EventTypes.V1, connector.OrganizationId, null, null, 0, now, body), cancellationToken);
        return new ConnectorTestResult(id, result.Delivered, result.Error);
    }
}

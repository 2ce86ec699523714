using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Integration.Connectors;

/// <summary>An organization's ERP/MES connectors: <c>/api/organizations/{organizationId}/connectors</c>.</summary>
public static class ConnectorsApi
{
    public static void MapConnectorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/organizations/{organizationId:guid}/connectors").WithTags("Integration");
        group.MapGet("", async (Guid organizationId, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListConnectors(organizationId), ct)))
            .Sends<ListConnectors>().WithSummary("The organization's connectors (secrets are never shown)");
        group.MapPost("", async (Guid organizationId, ConnectorInput body, ISender s, CancellationToken ct) =>
            {
                var made = await s.Send(new CreateConnector(organizationId, body), ct);
                return TypedResults.Created($"/api/organizations/{organizationId}/connectors/{made.Connector.Id}", made);
            })
            .Sends<CreateConnector>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Add a connector; a webhook's whsec_ secret is generated unless given and shown in this answer only");
        group.MapGet("/{connectorId:guid}", async (Guid organizationId, Guid connectorId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetConnector(organizationId, connectorId), ct)))
            .Sends<GetConnector>().WithSummary("One connector");
        group.MapPut("/{connectorId:guid}", async (Guid organizationId, Guid connectorId, ConnectorInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new UpdateConnector(organizationId, connectorId, body), ct)))
            .Sends<UpdateConnector>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Change a connector's name, subscriptions, settings or state (not its kind or secret)");
        group.MapDelete("/{connectorId:guid}", async (Guid organizationId, Guid connectorId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new DeleteConnector(organizationId, connectorId), ct);
                return TypedResults.NoContent();
            })
            .Sends<DeleteConnector>().WithSummary("Remove a connector and its deliveries");
        group.MapPost("/{connectorId:guid}/rotate-secret", async (Guid organizationId, Guid connectorId, RotateSecretInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new RotateConnectorSecret(organizationId, connectorId, body), ct)))
            .Sends<RotateConnectorSecret>().WithSummary("New webhook secret, shown once; the previous one keeps signing alongside for the window");
        group.MapPost("/{connectorId:guid}/test", async (Guid organizationId, Guid connectorId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new TestConnector(organizationId, connectorId), ct)))
            .Sends<TestConnector>().WithSummary("Send a connector.test event now and answer whether the receiver accepted it");
    }
}

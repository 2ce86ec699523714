using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Integration.Machine;

/// <summary><c>/api/organizations/{organizationId}/machine-clients</c>: the ERP and MES systems allowed to call the platform.</summary>
internal static class MachineClientsApi
{
    public static void MapMachineClientsApi(this IEndpointRouteBuilder routes)
    {
        var clients = routes.MapGroup("/api/organizations/{organizationId:guid}/machine-clients").WithTags("Machine clients");
        clients.MapPost("/", async (Guid organizationId, MachineClientInput body, ISender s, HttpResponse response, CancellationToken ct) =>
            {
                var created = await s.Send(new CreateMachineClient(organizationId, body), ct);
                response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/organizations/{organizationId}/machine-clients/{created.Client.Id}", created);
            })
            .Sends<CreateMachineClient>()
            .WithSummary("Create a machine client (OAuth 2.0 client credentials) bound to the organization and some scopes")
            .WithDescription("Answers the client_id and the client_secret; the secret is shown this once and never again (rotate it if lost).");
        clients.MapGet("/", async (Guid organizationId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListMachineClients(organizationId), ct)))
            .Sends<ListMachineClients>().WithSummary("The organization's machine clients, without secrets");
        clients.MapPost("/{machineClientId:guid}/rotate-secret", async (Guid organizationId, Guid machineClientId, ISender s, HttpResponse response, CancellationToken ct) =>
            {
                var rotated = await s.Send(new RotateMachineClientSecret(organizationId, machineClientId), ct);
                response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(rotated);
            })
            .Sends<RotateMachineClientSecret>()
            .WithSummary("Issue a new secret: the old one and the tokens issued with it stop working at once");
        clients.MapDelete("/{machineClientId:guid}", async (Guid organizationId, Guid machineClientId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new DeleteMachineClient(organizationId, machineClientId), ct);
                return TypedResults.NoContent();
            })
            .Sends<DeleteMachineClient>().WithSummary("Delete a machine client: its secret and its tokens stop working at once");
    }
}

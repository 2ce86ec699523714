using Amsp.Domain.Organizations;
using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Platform.Organizations;

/// <summary><c>/api/organizations</c>, <c>/api/people</c>, <c>/api/invitations</c>: who belongs where, with which roles.</summary>
public static class OrganizationsApi
{
    public static void MapOrganizationsApi(this IEndpointRouteBuilder routes)
    {
        var organizations = routes.MapGroup("/api/organizations").WithTags("Organizations");
        organizations.MapGet("/", async (OrganizationKind? kind, string? search, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListOrganizations(kind, search, new Paging(page, pageSize)), ct)))
            .Sends<ListOrganizations>().WithSummary("Organizations: every one for administrators, one's own for anyone else");
        organizations.MapPost("/", async (OrganizationInput body, ISender s, CancellationToken ct) =>
            {
                var created = await s.Send(new CreateOrganization(body), ct);
                return TypedResults.Created($"/api/organizations/{created.Id}", created);
            })
            .Sends<CreateOrganization>().WithSummary("Register an organization: a customer, an AM centre or the platform");
        organizations.MapGet("/{organizationId:guid}", async (Guid organizationId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetOrganization(organizationId), ct)))
            .Sends<GetOrganization>().WithSummary("One organization");
        organizations.MapPut("/{organizationId:guid}", async (Guid organizationId, OrganizationInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new UpdateOrganization(organizationId, body), ct)))
            .Sends<UpdateOrganization>().WithSummary("Change an organization's registration data");

        organizations.MapGet("/{organizationId:guid}/members", async (Guid organizationId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListMembers(organizationId), ct)))
            .Sends<ListMembers>().WithSummary("The people of an organization and their roles there");
        organizations.MapPut("/{organizationId:guid}/members/{personId}", async (Guid organizationId, string personId, RolesInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new SetMembership(organizationId, personId, body), ct)))
            .Sends<SetMembership>().WithSummary("Give a person roles in an organization (replacing the roles held there)");
        organizations.MapDelete("/{organizationId:guid}/members/{personId}", async (Guid organizationId, string personId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new RemoveMembership(organizationId, personId), ct);
                return TypedResults.NoContent();
            })
            .Sends<RemoveMembership>().WithSummary("Take a person out of an organization");

        organizations.MapPost("/{organizationId:guid}/invitations", async (Guid organizationId, InvitationInput body, HttpRequest request, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new InvitePerson(organizationId, body, $"{request.Scheme}://{request.Host}{request.PathBase}"), ct)))
            .Sends<InvitePerson>().WithSummary("Invite an e-mail address to join with roles; answers the one-time link (shown once)");
        organizations.MapGet("/{organizationId:guid}/invitations", async (Guid organizationId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListInvitations(organizationId), ct)))
            .Sends<ListInvitations>().WithSummary("Invitations of an organization, newest first");

        routes.MapGroup("/api/invitations").WithTags("Organizations")
            .MapPost("/accept", async (AcceptInvitationInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new AcceptInvitation(body), ct)))
            .Sends<AcceptInvitation>().WithSummary("Accept an invitation with its token: creates the account or proves it with its password");

        var people = routes.MapGroup("/api/people").WithTags("Organizations");
        people.MapGet("/", async (string? search, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListPeople(search, new Paging(page, pageSize)), ct)))
            .Sends<ListPeople>().WithSummary("Everyone with an account, with their memberships");
        people.MapGet("/{personId}", async (string personId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetPerson(personId), ct)))
            .Sends<GetPerson>().WithSummary("One person and their memberships");
    }
}

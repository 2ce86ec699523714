using Amsp.Domain.Requirements;
using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Platform.Requirements;

/// <summary><c>/api/requirements</c>: what customers want printed (ISO/ASTM 52901), draft until submitted.</summary>
public static class RequirementsApi
{
    public static void MapRequirementsApi(this IEndpointRouteBuilder routes)
    {
        var requirements = routes.MapGroup("/api/requirements").WithTags("Requirements");
        requirements.MapPost("/", async (Guid? organizationId, RequirementInput body, ISender s, CancellationToken ct) =>
            {
                var created = await s.Send(new CreateRequirement(organizationId, body), ct);
                return TypedResults.Created($"/api/requirements/{created.Id}", created);
            })
            .Sends<CreateRequirement>().WithSummary("Start a requirement (a draft)");
        requirements.MapGet("/", async (RequirementStatus? status, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListRequirements(status, new Paging(page, pageSize)), ct)))
            .Sends<ListRequirements>().WithSummary("The requirements of one's organizations, newest first");
        requirements.MapGet("/{requirementId:guid}", async (Guid requirementId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetRequirement(requirementId), ct)))
            .Sends<GetRequirement>().WithSummary("One requirement");
        requirements.MapPut("/{requirementId:guid}", async (Guid requirementId, RequirementInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new UpdateRequirement(requirementId, body), ct)))
            .Sends<UpdateRequirement>().WithSummary("Change a draft requirement (the whole of it)");
        requirements.MapDelete("/{requirementId:guid}", async (Guid requirementId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new DeleteRequirement(requirementId), ct);
                return TypedResults.NoContent();
            })
            .Sends<DeleteRequirement>().WithSummary("Delete a draft requirement");
        requirements.MapPost("/{requirementId:guid}/submit", async (Guid requirementId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new SubmitRequirement(requirementId), ct)))
            .Sends<SubmitRequirement>().WithSummary("Submit a draft: it needs a title, a model, a due date ahead and a delivery address");
    }
}

using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Pipeline;
using Amsp.Domain.Designs;
using Mediator;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Designs;

/// <summary><c>/api/design-requests</c> (ISO/IEC 23510 §5.3) and <c>/api/protected-designs</c> (the copyright registry, §7.1).</summary>
public static class DesignsApi
{
    public static void MapDesignsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/requirements").WithTags("Design requests")
            .MapPost("/{requirementId:guid}/design-request", async (Guid requirementId, DesignRequestInput body, ISender s, CancellationToken ct) =>
            {
                var created = await s.Send(new RequestDesign(requirementId, body), ct);
                return TypedResults.Created($"/api/design-requests/{created.Id}", created);
            })
            .Sends<RequestDesign>().WithSummary("Ask a designer for the requirement's model, with a brief and reference models");

        var requests = routes.MapGroup("/api/design-requests").WithTags("Design requests");
        requests.MapGet("/", async (DesignRequestStatus? status, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListDesignRequests(status, new Paging(page, pageSize)), ct)))
            .Sends<ListDesignRequests>().WithSummary("Customers: their organization's requests. Designers: the open queue and what their organization took");
        requests.MapGet("/{designRequestId:guid}", async (Guid designRequestId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetDesignRequest(designRequestId), ct)))
            .Sends<GetDesignRequest>().WithSummary("One design request with its versions");
        requests.MapPost("/{designRequestId:guid}/take", async (Guid designRequestId, Guid? organizationId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new TakeDesignRequest(designRequestId, organizationId), ct)))
            .Sends<TakeDesignRequest>().WithSummary("Take an open request from the queue");
        requests.MapPost("/{designRequestId:guid}/versions", async (Guid designRequestId, HttpRequest request, IOptions<ModelOptions> options, ISender s, CancellationToken ct) =>
            {
                var (fileName, body) = await ModelUploads.FileSectionAsync(request, options.Value.MaxUploadBytes, ct);
                var uploaded = await s.Send(new UploadDesignVersion(designRequestId, fileName, body, request.ContentLength), ct);
                return Results.Created($"/api/models/{uploaded.Model.Id}", uploaded);
            })
            .Sends<UploadDesignVersion>().Accepts<IFormFile>("multipart/form-data").Produces<UploadedModelDto>(StatusCodes.Status201Created)
            .DisableAntiforgery().WithSummary("Upload a model version for a request one's organization took (multipart/form-data, part 'file')");
        requests.MapPost("/{designRequestId:guid}/accept", async (Guid designRequestId, AcceptVersionInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new AcceptDesignVersion(designRequestId, body.ModelId ?? Guid.Empty), ct)))
            .Sends<AcceptDesignVersion>().WithSummary("Accept a version: it becomes the requirement's model");
        requests.MapPost("/{designRequestId:guid}/cancel", async (Guid designRequestId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new CancelDesignRequest(designRequestId), ct)))
            .Sends<CancelDesignRequest>().WithSummary("Withdraw a design request");

        var designs = routes.MapGroup("/api/protected-designs").WithTags("Protected designs");
        designs.MapPost("/", async (ProtectDesignInput body, ISender s, CancellationToken ct) =>
            {
                var created = await s.Send(new ProtectDesign(body), ct);
                return TypedResults.Created($"/api/protected-designs/{created.Id}", created);
            })
            .Sends<ProtectDesign>().WithSummary("Register one of one's organization's models as a protected design, with its licence terms");
        designs.MapGet("/", async (int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListProtectedDesigns(new Paging(page, pageSize)), ct)))
            .Sends<ListProtectedDesigns>().WithSummary("One's organizations' protected designs");
        designs.MapGet("/{protectedDesignId:guid}", async (Guid protectedDesignId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetProtectedDesign(protectedDesignId), ct)))
            .Sends<GetProtectedDesign>().WithSummary("One protected design");
        designs.MapPut("/{protectedDesignId:guid}/licence", async (Guid protectedDesignId, LicenceInput body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new SetLicence(protectedDesignId, body), ct)))
            .Sends<SetLicence>().WithSummary("Change the licence terms");
        designs.MapDelete("/{protectedDesignId:guid}", async (Guid protectedDesignId, ISender s, CancellationToken ct) =>
            {
                await s.Send(new UnprotectDesign(protectedDesignId), ct);
                return TypedResults.NoContent();
            })
            .Sends<UnprotectDesign>().WithSummary("Take a design out of the registry");
    }
}

public sealed record AcceptVersionInput(Guid? ModelId);

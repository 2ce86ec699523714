using Amsp.Activities.Services;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Models;

/// <summary><c>/api/models</c>: customers' 3D models, analysed on arrival.</summary>
public static class ModelsApi
{
    public static void MapModelsApi(this IEndpointRouteBuilder routes)
    {
        var models = routes.MapGroup("/api/models").WithTags("Models");
        models.MapPost("/", async (Guid? organizationId, HttpRequest request, IOptions<ModelOptions> options, ISender s, ModelFingerprints fingerprints,
                CancellationToken ct) =>
            {
                var (fileName, body) = await ModelUploads.FileSectionAsync(request, options.Value.MaxUploadBytes, ct);
                var uploaded = await s.Send(new UploadModel(organizationId, fileName, body, request.ContentLength), ct);
                // Stored and committed: its fingerprint is computed now, after the answer.
                fingerprints.Notify();
                return uploaded.Duplicate
                    ? Results.Ok(uploaded)
                    : Results.Created($"/api/models/{uploaded.Model.Id}", uploaded);
            })
            .Sends<UploadModel>().Accepts<IFormFile>("multipart/form-data").Produces<UploadedModelDto>(StatusCodes.Status201Created)
            .DisableAntiforgery()
            .WithSummary("Upload an STL, OBJ or 3MF model (multipart/form-data, part 'file'); answers its analysis")
            .WithDescription("Streamed to storage, analysed (mesh check, fit on every active printer) before it is kept; its fingerprint for the copyright registry is computed after the answer. The same file again answers 200 with the existing model. Limits: Amsp:Models:MaxUploadBytes (413 above); not a model 415; a broken model 422.");
        models.MapGet("/", async (Guid? organizationId, string? search, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListModels(organizationId, search, new Paging(page, pageSize)), ct)))
            .Sends<ListModels>().WithSummary("The models of one's organizations, newest first");
        models.MapGet("/{modelId:guid}", async (Guid modelId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetModel(modelId), ct)))
            .Sends<GetModel>().WithSummary("A model with its mesh check report and its fit on every active printer");
        models.MapGet("/{modelId:guid}/file", async (Guid modelId, ISender s, CancellationToken ct) =>
            {
                var file = await s.Send(new DownloadModel(modelId), ct);
                return Results.File(file.Content, "application/octet-stream", file.FileName,
                    entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .Sends<DownloadModel>().Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("Download the model's file");
        models.MapGet("/{modelId:guid}/mesh", async (Guid modelId, ISender s, CancellationToken ct) =>
                MeshResult(await s.Send(new GetModelMesh(modelId), ct)))
            .Sends<GetModelMesh>().Produces(StatusCodes.Status200OK, contentType: MeshBinary.MediaType)
            .WithSummary("The model's mesh for the viewer, binary: \"AMSH\", version, vertex and triangle counts (uint32 LE), float32 positions, uint32 indices");
        models.MapGet("/{modelId:guid}/defects", async (Guid modelId, ISender s, CancellationToken ct) =>
                MeshResult(await s.Send(new GetModelDefects(modelId), ct)))
            .Sends<GetModelDefects>().Produces(StatusCodes.Status200OK, contentType: MeshBinary.MediaType)
            .WithSummary("Where the mesh's defects are, binary: \"AMDF\", counts of open edges, non-manifold edges and flipped faces (uint32 LE), then their vertex pairs and face indices");
        models.MapGet("/{modelId:guid}/versions", async (Guid modelId, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListModelVersions(modelId), ct)))
            .Sends<ListModelVersions>().WithSummary("Every version linked to a model (original, repaired, redesigned), oldest first");
    }

    // The file never changes under its hash: the browser may keep the bytes and ask again with If-None-Match.
    private static IResult MeshResult(MeshBytes mesh) => Results.Bytes(mesh.Content, MeshBinary.MediaType,
        entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{mesh.Sha256}\""));
}

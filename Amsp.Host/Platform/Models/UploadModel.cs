using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Models;

/// <summary>A customer uploads a model file; it is analysed before it is stored, and the answer carries the analysis.</summary>
/// <param name="OrganizationId">The customer organization it is for, when the caller belongs to several.</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="Content">The file's bytes, read once.</param>
/// <param name="DeclaredLength">The request's length, when it announced one: a large file is then read while it arrives.</param>
[AllowedRoles(AmspRoles.Customer)]
public sealed record UploadModel(Guid? OrganizationId, string FileName, Stream Content, long? DeclaredLength = null) : ICommand<UploadedModelDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources =>
        OrganizationId is { } id ? [new(ResourceKind.Organization, id)] : [];
}

public sealed class UploadModelHandler(AmspDbContext db, ModelLibrary library, Caller caller, IOptions<ModelOptions> options)
    : ICommandHandler<UploadModel, UploadedModelDto>
{
    public async ValueTask<UploadedModelDto> Handle(UploadModel command, CancellationToken cancellationToken)
    {
        var organization = caller.ActingOrganization(AmspRoles.Customer, command.OrganizationId);
        var added = await ModelUploads.AddAsync(library, command.Content, command.FileName,
            new ModelSource(organization, caller.UserId, ModelOrigin.Upload), options.Value.MaxUploadBytes, cancellationToken, command.DeclaredLength);
        return new UploadedModelDto(ModelDto.From(added.Model), ModelQueryHandlers.Parse(added.Model.CheckReportJson),
            await PrinterFits.ForAsync(db, added.Model, cancellationToken), added.Duplicate);
    }
}

/// <summary>Model files arriving over HTTP: refusals as problem details.</summary>
public static class ModelUploads
{
    /// <summary>
    /// The buffer of a multipart reader that carries model files: reads of up to 128 KiB, as the staging copies them. The
    /// reader's default of 4 KiB made a 48 MB upload about 12,000 small reads, hashes and writes (0.18 s to stage it; 0.12 s now).
    /// </summary>
    public const int MultipartBufferBytes = 128 * 1024;

    public static async Task<AddedModel> AddAsync(ModelLibrary library, Stream content, string fileName, ModelSource source, long maxBytes, CancellationToken ct,
        long? declaredLength = null)
    {
        try
        {
            return await library.AddAsync(content, fileName, source, maxBytes, ct, declaredLength);
        }
        catch (ModelRejectedException e)
        {
            throw e.Reason switch
            {
                ModelRejection.Empty => new ApiProblemException(StatusCodes.Status400BadRequest, "Empty file", e.Message),
                ModelRejection.UnsupportedFormat => new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Not a model file", e.Message),
                _ => new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "Unreadable model", e.Message),
            };
        }
    }

    /// <summary>
    /// The file part of a <c>multipart/form-data</c> request, streamed: the endpoint reads sections one by one and hands
    /// the file's body on without buffering it. The size limit is checked on Content-Length before anything is read.
    /// </summary>
    public static async Task<(string FileName, Stream Body)> FileSectionAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the model as multipart/form-data with the file in a part named 'file'.");
        }
        // Form fields and headers around the file get 64 KiB on top of the file's own limit.
        var overhead = 64L << 10;
        if (request.ContentLength > maxBytes + overhead)
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Too large",
                $"The file is larger than the limit of {maxBytes:N0} bytes.");
        }
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes + overhead;
        }
        var reader = new MultipartReader(boundary, request.Body, MultipartBufferBytes);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition()
                && disposition.Name.Value?.Trim('"') == "file")
            {
                return (disposition.FileName.Value ?? disposition.FileNameStar.Value ?? "model", section.Body);
            }
        }
        throw RequestValidationException.For("file", "is required: a part named 'file' with the model.");
    }
}

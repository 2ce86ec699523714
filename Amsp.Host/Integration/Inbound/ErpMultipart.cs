using System.Text.Json;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Pipeline;
using Amsp.Host.Platform.Requirements;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Amsp.Host.Integration.Inbound;

/// <summary>
/// An ERP's order with its model file: <c>multipart/form-data</c> with a part <c>requirement</c> (the requirement in
/// JSON, at most 64 KiB) and then a part <c>file</c> (the model), handed on as it streams.
/// </summary>
internal static class ErpMultipart
{
    private const int MaxRequirementBytes = 64 << 10;

    public static async Task<(RequirementInput Requirement, string FileName, Stream File)> ReadAsync(HttpRequest request, long maxBytes,
        JsonSerializerOptions json, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send multipart/form-data: a part 'requirement' (JSON), then a part 'file' with the model.");
        }
        if (request.ContentLength > maxBytes + MaxRequirementBytes + (64 << 10))
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Too large", $"The file is larger than the limit of {maxBytes:N0} bytes.");
        }
        var reader = new MultipartReader(boundary, request.Body, ModelUploads.MultipartBufferBytes) { BodyLengthLimit = maxBytes };
        RequirementInput? requirement = null;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = disposition?.Name.Value?.Trim('"');
            if (name == "requirement" && requirement is null)
            {
                requirement = await RequirementAsync(section.Body, json, ct);
            }
            else if (name == "file" && disposition is not null && disposition.IsFileDisposition())
            {
                return requirement is null
                    ? throw RequestValidationException.For("requirement", "is required before the file: a part named 'requirement' with the requirement in JSON.")
                    : (requirement, disposition.FileName.Value ?? disposition.FileNameStar.Value ?? "model", section.Body);
            }
        }
        throw RequestValidationException.For("file", "is required: a part named 'file' with the model, after the part 'requirement'.");
    }

    private static async Task<RequirementInput> RequirementAsync(Stream body, JsonSerializerOptions json, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8 << 10];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxRequirementBytes)
            {
                throw RequestValidationException.For("requirement", $"is larger than {MaxRequirementBytes:N0} bytes.");
            }
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return JsonSerializer.Deserialize<RequirementInput>(buffer.ToArray(), json)
                ?? throw RequestValidationException.For("requirement", "is required.");
        }
        catch (JsonException e)
        {
            throw RequestValidationException.For("requirement", $"is not a requirement in JSON: {e.Message}");
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Models;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Amsp.Host.Integration.Inbound;

/// <summary>
/// What makes two requests "the same" for an idempotency key: method, path, query and body. A JSON body counts by what
/// it says (the endpoint's bound input, serialized again: spacing and property order do not matter); a multipart body
/// by its parts (names, file names, contents), not its bytes, since a client sending the same parts again picks a new
/// boundary. A multipart body is buffered (to disk past a small size) and rewound for the endpoint.
/// </summary>
internal static class RequestFingerprint
{
    public static async Task<string> OfAsync(EndpointFilterInvocationContext context, long maxBytes, JsonSerializerOptions json, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        // Minimal APIs have read a JSON body into the endpoint's input before filters run.
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (bodyType is not null && context.Arguments.FirstOrDefault(a => a?.GetType() == bodyType) is { } input)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(input, bodyType, json));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        if (request.ContentLength > maxBytes)
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Too large", $"The body is larger than the limit of {maxBytes:N0} bytes.");
        }
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }
        request.EnableBuffering(bufferThreshold: 64 << 10, bufferLimit: maxBytes);
        try
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 } boundary)
            {
                var reader = new MultipartReader(boundary, request.Body, ModelUploads.MultipartBufferBytes);
                while (await reader.ReadNextSectionAsync(ct) is { } section)
                {
                    var disposition = section.GetContentDispositionHeader();
                    hash.AppendData(Encoding.UTF8.GetBytes($"\n--part {disposition?.Name.Value} {disposition?.FileName.Value}\n"));
                    await AppendAsync(hash, section.Body, ct);
                }
            }
            else
            {
                await AppendAsync(hash, request.Body, ct);
            }
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unreadable body", e.Message);
        }
        catch (InvalidDataException e)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unreadable body", e.Message);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task AppendAsync(IncrementalHash hash, Stream body, CancellationToken ct)
    {
        var buffer = new byte[16 << 10];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }
}

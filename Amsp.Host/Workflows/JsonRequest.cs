using System.Net.Http.Headers;
using System.Text.Json;
using Amsp.Host.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Amsp.Host.Workflows;

/// <summary>
/// Reads the JSON body of a workflow endpoint the same way on every one: a body must say it is JSON (415 otherwise),
/// one larger than the endpoint's limit is refused before it is read (413), and malformed JSON is a 400.
/// </summary>
internal static class JsonRequest
{
    /// <summary>The body's bytes; empty when the request has none.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, string what, CancellationToken cancellationToken)
    {
        var hasBody = request.ContentLength is > 0
            || (request.ContentLength is null && request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        if (!hasBody) return ReadOnlyMemory<byte>.Empty;
        if (!IsJson(request.ContentType))
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"{what} must be JSON, sent with content-type application/json{(request.ContentType is null ? "; the request has no content-type" : $", not {request.ContentType}")}.");
        }
        return await RequestBody.ReadAsync(request, maxBytes, () => new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Payload too large",
            $"{what} is larger than {maxBytes:N0} bytes, the limit."), cancellationToken);
    }

    /// <summary>The body as <typeparamref name="T"/>; null when the request has none or it is JSON null.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, int maxBytes, string what, CancellationToken cancellationToken)
        where T : class
    {
        var body = await ReadAsync(request, maxBytes, what, cancellationToken);
        if (body.IsEmpty) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw ApiProblemException.BadRequest($"{what} is not valid JSON: {e.Message}");
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}

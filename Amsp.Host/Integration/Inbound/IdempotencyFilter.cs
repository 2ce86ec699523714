using Amsp.Domain.Erp;
using Amsp.Host.Hosting;
using Amsp.Host.Integration.Machine;
using Amsp.Host.Platform.Models;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace Amsp.Host.Integration.Inbound;

/// <summary>
/// The <c>Idempotency-Key</c> header on the ERP API's POSTs (required; at most 255 characters): the first answer is
/// stored with the key, per organization and sender; the same key and body again answer it again (with
/// <c>Idempotent-Replayed: true</c>), the same key with another body is 422, and while the first request still runs,
/// 409. A request that fails with an error frees its key; an answer (success or refusal) is kept for 24 hours.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyStore store, IOptions<ModelOptions> models, IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Idempotency key needed",
                $"Send an {Header} header (a unique value per operation, e.g. a UUID, at most {ErpLimits.IdempotencyKeyLength} characters).");
        }
        if (key.Length > ErpLimits.IdempotencyKeyLength)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Idempotency key too long", $"The {Header} header has at most {ErpLimits.IdempotencyKeyLength} characters.");
        }
        var organization = MachinePrincipal.OrganizationOf(http.User) ?? Guid.Empty;
        var caller = MachinePrincipal.ClientIdOf(http.User) ?? http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var fingerprint = await RequestFingerprint.OfAsync(context, models.Value.MaxUploadBytes + (64 << 10), json.Value.SerializerOptions, http.RequestAborted);
        var begin = await store.BeginAsync(organization, caller, key, fingerprint, http.RequestAborted);
        switch (begin.State)
        {
            case IdempotencyState.Mismatch:
                throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                    $"The {Header} '{key}' was used with another request; use a new key for a new operation.");
            case IdempotencyState.InFlight:
                throw new ApiProblemException(StatusCodes.Status409Conflict, "Request in progress",
                    $"A request with the {Header} '{key}' is still being processed; try again shortly.");
            case IdempotencyState.Replay:
                return new ReplayResult(begin.Record);
        }
        var result = await RunAsync(context, next, begin.Record.Id);
        var original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await result.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        await store.CompleteAsync(begin.Record.Id, http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
            captured.ToArray(), CancellationToken.None);
        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    private async Task<IResult> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, Guid record)
    {
        try
        {
            return await next(context) as IResult
                ?? throw new InvalidOperationException("The ERP API's endpoints answer IResult, so the answer can be kept.");
        }
        catch
        {
            await store.ReleaseAsync(record);
            throw;
        }
    }

    /// <summary>The stored answer, again.</summary>
    private sealed class ReplayResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = record.StatusCode;
            response.Headers[ReplayedHeader] = "true";
            if (record.ContentType is { } type)
            {
                response.ContentType = type;
            }
            if (record.Location is { } location)
            {
                response.Headers.Location = location;
            }
            if (record.Body is { Length: > 0 } body)
            {
                await response.Body.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}

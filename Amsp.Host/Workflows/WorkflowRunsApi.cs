using System.Security.Claims;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Hosting;
using Amsp.Workflows.Options;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows;

/// <summary>Starting instances and delivering stimuli. Bodies are JSON (415 otherwise) of at most <c>Limits.MaxPayloadBytes</c> (413 above).</summary>
public static class WorkflowRunsApi
{
    public sealed record ResumeRequest(string? Token, JsonObject? Payload);

    public sealed record ResumeResponse(string InstanceId, WorkflowStatus Status);

    public sealed record ExecuteRequest(JsonObject? Input, string? CorrelationId);

    public sealed record RunResponse(string InstanceId, WorkflowStatus Status, JsonObject Output, IReadOnlyList<string> BookmarkIds, int IncidentCount);

    public sealed record StimulusRequest(string? Name, string? CorrelationId, JsonNode? Discriminator, JsonObject? Payload);

    public sealed record StimulusResponse(IReadOnlyList<ResumedBookmark> Resumed, string Message);

    public static IEndpointRouteBuilder MapWorkflowRunsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/workflow-definitions/{definitionId}/execute", ExecuteAsync).WithTags("Workflow instances")
            .WithSummary("Start an instance of the published version; answers once it has finished, suspended or reached its execution budget")
            .Accepts<ExecuteRequest>("application/json").RequireAuthorization(WorkflowPolicies.Run);
        routes.MapPost("/api/stimuli", StimulateAsync).WithTags("Workflow instances")
            .WithSummary("Deliver a named stimulus; resumes the waiting bookmarks whose activity admits the caller's roles (operators and admins: all)")
            .Accepts<StimulusRequest>("application/json").RequireAuthorization();
        routes.MapPost("/api/stimuli/resume", ResumeWithTokenAsync).WithTags("Workflow instances")
            .WithSummary("Resume one bookmark with its resume token (no account needed; the token is the authorization)")
            .Accepts<ResumeRequest>("application/json").AllowAnonymous();
        return routes;
    }

    private static async Task<Ok<RunResponse>> ExecuteAsync(
        HttpRequest http, WorkflowRuntime runtime, IOptions<WorkflowEngineOptions> options, string definitionId, CancellationToken ct)
    {
        var request = await JsonRequest.ReadAsync<ExecuteRequest>(http, options.Value.Limits.MaxPayloadBytes, "The execute request", ct);
        var result = await runtime.StartAsync(definitionId,
            new StartWorkflowOptions { Input = request?.Input, CorrelationId = request?.CorrelationId }, ct);
        return TypedResults.Ok(ToResponse(result));
    }

    private static async Task<Ok<StimulusResponse>> StimulateAsync(
        HttpRequest http, WorkflowRuntime runtime, IOptions<WorkflowEngineOptions> options, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await JsonRequest.ReadAsync<StimulusRequest>(http, options.Value.Limits.MaxPayloadBytes, "The stimulus", ct);
        if (string.IsNullOrWhiteSpace(request?.Name))
        {
            throw ApiProblemException.BadRequest("A stimulus needs a name.");
        }
        if (IsReserved(request.Name))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Reserved signal",
                $"'{request.Name}' is the platform's own: timers fire it, and the order API sends it when a decision is recorded.");
        }
        // Operators and admins may deliver any signal; anyone else only those whose activity names one of their roles.
        var operates = user.IsInRole(AmspRoles.Operator) || user.IsInRole(AmspRoles.Admin);
        var result = await runtime.TriggerAsync(new Stimulus(request.Name, request.CorrelationId, request.Discriminator, request.Payload),
            bookmark => operates || (bookmark.Roles ?? []).Any(user.IsInRole), ct);
        var message = (result.Resumed.Count, result.Refused.Count) switch
        {
            (0, 0) => $"No instance waits for '{request.Name}'{(request.CorrelationId is null ? "" : $" with correlation id '{request.CorrelationId}'")}.",
            (var resumed, 0) => $"Resumed {resumed} bookmark(s).",
            (var resumed, var refused) => $"Resumed {resumed} bookmark(s); {refused} waiting bookmark(s) need a role you do not have "
                + $"({string.Join(", ", result.Refused.SelectMany(b => b.Roles ?? []).Append("Operator").Distinct())}) or their resume token.",
        };
        return TypedResults.Ok(new StimulusResponse(result.Resumed, message));
    }

    private static async Task<Ok<ResumeResponse>> ResumeWithTokenAsync(
        HttpRequest http, WorkflowRuntime runtime, ResumeTokens tokens, IOptions<WorkflowEngineOptions> options, CancellationToken ct)
    {
        var request = await JsonRequest.ReadAsync<ResumeRequest>(http, options.Value.Limits.MaxPayloadBytes, "The resume request", ct);
        var bookmarkId = tokens.Read(request?.Token)
            ?? throw new ApiProblemException(StatusCodes.Status403Forbidden, "Invalid resume token", "The token was not issued by this platform or was altered.");
        var result = await runtime.ResumeBookmarkAsync(bookmarkId, request!.Payload, ct)
            ?? throw ApiProblemException.NotFound("Nothing waits on this token any more: the bookmark was resumed or its instance ended.");
        return TypedResults.Ok(new ResumeResponse(result.InstanceId, result.Status));
    }

    /// <summary>
    /// Bookmarks whose name starts with <c>amsp.</c> (the order workflow's waits, the engine's timers and budgets) are
    /// resumed by the platform only, never by a stimulus sent over this endpoint.
    /// </summary>
    // The platform's bookmarks are named "amsp.…" in lower case; names match exactly (the bookmark hash is of the name as
    // written), so the engine's own "Amsp.Budget", which operators send to grant a suspended loop one more budget, stays open.
    internal static bool IsReserved(string name) => name.StartsWith("amsp.", StringComparison.Ordinal);

    internal static RunResponse ToResponse(WorkflowRunResult r) => new(r.InstanceId, r.Status, r.Output, r.BookmarkIds, r.IncidentCount);
}

using Amsp.Domain.Identity;
using System.Security.Claims;
using Amsp.Host.Hosting;
using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amsp.Host.Workflows;

/// <summary><c>/api/workflow-instances</c>, starting instances, and delivering stimuli.</summary>
public static class WorkflowInstancesApi
{
    public sealed record InstanceSummary(string Id, string DefinitionId, int DefinitionVersion, string DefinitionVersionId,
        WorkflowStatus Status, string? CorrelationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, int IncidentCount);

    /// <summary>One page of instances, newest first; <c>HasMore</c> says whether the next page has any.</summary>
    public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Page, int PageSize, bool HasMore);

    public sealed record InstanceDetails(InstanceSummary Instance, JsonObject Input, JsonObject Variables, JsonObject Output,
        IReadOnlyList<BookmarkView> Bookmarks, IReadOnlyList<Incident> Incidents, IReadOnlyList<JournalEntry> Journal);

    public sealed record BookmarkView(string Id, string ActivityId, string Name, string? CorrelationId, DateTimeOffset? DueAt, DateTimeOffset CreatedAt,
        IReadOnlyList<string> Roles, string ResumeToken);

    public sealed record ResumeRequest(string? Token, JsonObject? Payload);

    public sealed record ResumeResponse(string InstanceId, WorkflowStatus Status);

    public sealed record ExecuteRequest(JsonObject? Input, string? CorrelationId);

    public sealed record RunResponse(string InstanceId, WorkflowStatus Status, JsonObject Output, IReadOnlyList<string> BookmarkIds, int IncidentCount);

    public sealed record StimulusRequest(string? Name, string? CorrelationId, JsonNode? Discriminator, JsonObject? Payload);

    public sealed record StimulusResponse(IReadOnlyList<ResumedBookmark> Resumed, string Message);

    public static IEndpointRouteBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder routes)
    {
        var instances = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances")
            .RequireAuthorization(WorkflowPolicies.Operate);
        instances.MapGet("/", ListAsync)
            .WithSummary("Instances, newest first, a page at a time, filtered by definition, version, status, correlation id or creation time ([from, to))");
        instances.MapGet("/{instanceId}", GetAsync).WithSummary("One instance with its variables, pending bookmarks, incidents and journal");
        instances.MapPost("/{instanceId}/cancel", async (WorkflowRuntime runtime, string instanceId, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await runtime.CancelAsync(instanceId, ct)))).WithSummary("Cancel a running or suspended instance");
        instances.MapPost("/{instanceId}/retry", async (WorkflowRuntime runtime, string instanceId, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await runtime.RetryAsync(instanceId, ct)))).WithSummary("Run the faulted activities of a faulted instance again");
        instances.MapDelete("/{instanceId}", async (IWorkflowInstanceStore store, string instanceId, CancellationToken ct) =>
        {
            await store.DeleteAsync(instanceId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Delete a finished, faulted or cancelled instance with its bookmarks, journal and incidents");

        routes.MapPost("/api/workflow-definitions/{definitionId}/execute", ExecuteAsync).WithTags("Workflow instances")
            .WithSummary("Start an instance of the published version; answers once it has finished or suspended")
            .RequireAuthorization(WorkflowPolicies.Run);
        routes.MapPost("/api/stimuli", StimulateAsync).WithTags("Workflow instances")
            .WithSummary("Deliver a named stimulus; resumes the waiting bookmarks whose activity admits the caller's roles (operators and admins: all)")
            .RequireAuthorization();
        routes.MapPost("/api/stimuli/resume", ResumeWithTokenAsync).WithTags("Workflow instances")
            .WithSummary("Resume one bookmark with its resume token (no account needed; the token is the authorization)")
            .AllowAnonymous();
        return routes;
    }

    private const int MaxPageSize = 500;
    private const int MaxPage = 1_000_000;

    private static async Task<Ok<InstancePage>> ListAsync(IWorkflowInstanceStore store, string? definitionId, int? version,
        WorkflowStatus? status, string? correlationId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 100);
        if (number is < 1 or > MaxPage) throw ApiProblemException.BadRequest($"page must be between 1 and {MaxPage}.");
        if (size is < 1 or > MaxPageSize) throw ApiProblemException.BadRequest($"pageSize must be between 1 and {MaxPageSize}.");
        if (from > to) throw ApiProblemException.BadRequest("from must not be after to.");
        var query = new InstanceQuery
        {
            DefinitionId = definitionId,
            DefinitionVersion = version,
            Status = status,
            CorrelationId = correlationId,
            CreatedFrom = from,
            CreatedTo = to,
            Skip = (number - 1) * size,
            // One more than the page shows tells whether a next page exists without counting every match.
            Take = size + 1,
        };
        var found = await store.QueryAsync(query, ct);
        return TypedResults.Ok(new InstancePage([.. found.Take(size).Select(Summarize)], number, size, found.Count > size));
    }

    private static async Task<Ok<InstanceDetails>> GetAsync(IWorkflowInstanceStore store, ResumeTokens tokens, string instanceId, CancellationToken ct)
    {
        if (await store.FindAsync(instanceId, ct) is not { } instance)
        {
            throw ApiProblemException.NotFound($"Workflow instance '{instanceId}' does not exist.");
        }
        var bookmarks = (await store.ListBookmarksAsync(instanceId, ct))
            .Select(b => new BookmarkView(b.Id, b.ActivityId, b.Name, b.CorrelationId, b.DueAt, b.CreatedAt, b.Roles ?? [], tokens.Issue(b.Id))).ToList();
        return TypedResults.Ok(new InstanceDetails(Summarize(instance), instance.State.Input, instance.State.Variables, instance.State.Output,
            bookmarks, await store.ListIncidentsAsync(instanceId, ct), await store.ReadJournalAsync(instanceId, ct)));
    }

    private static async Task<Ok<RunResponse>> ExecuteAsync(WorkflowRuntime runtime, string definitionId, ExecuteRequest? request, CancellationToken ct)
    {
        var result = await runtime.StartAsync(definitionId,
            new StartWorkflowOptions { Input = request?.Input, CorrelationId = request?.CorrelationId }, ct);
        return TypedResults.Ok(ToResponse(result));
    }

    private static async Task<Ok<StimulusResponse>> StimulateAsync(WorkflowRuntime runtime, StimulusRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw ApiProblemException.BadRequest("A stimulus needs a name.");
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

    private static async Task<Ok<ResumeResponse>> ResumeWithTokenAsync(WorkflowRuntime runtime, ResumeTokens tokens, ResumeRequest request, CancellationToken ct)
    {
        var bookmarkId = tokens.Read(request.Token)
            ?? throw new ApiProblemException(StatusCodes.Status403Forbidden, "Invalid resume token", "The token was not issued by this platform or was altered.");
        var result = await runtime.ResumeBookmarkAsync(bookmarkId, request.Payload, ct)
            ?? throw ApiProblemException.NotFound("Nothing waits on this token any more: the bookmark was resumed or its instance ended.");
        return TypedResults.Ok(new ResumeResponse(result.InstanceId, result.Status));
    }

    private static RunResponse ToResponse(WorkflowRunResult r) => new(r.InstanceId, r.Status, r.Output, r.BookmarkIds, r.IncidentCount);

    private static InstanceSummary Summarize(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.DefinitionVersion, i.DefinitionVersionId,
        i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt, i.IncidentCount);
}

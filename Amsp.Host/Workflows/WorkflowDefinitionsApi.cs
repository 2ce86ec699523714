using Amsp.Host.Hosting;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amsp.Host.Workflows;

/// <summary><c>/api/workflow-definitions</c>: versioned definitions and their lifecycle.</summary>
public static class WorkflowDefinitionsApi
{
    public sealed record DefinitionSummary(string DefinitionId, string Id, int Version, string Name, string? Description, bool IsLatest, bool IsPublished);

    public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

    public sealed record ValidationResult(bool Valid, IReadOnlyList<ValidationError> Errors);

    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions")
            .RequireAuthorization(WorkflowPolicies.Design);

        group.MapGet("/", ListAsync).WithSummary("The latest version of every definition, by name, a page at a time (page 1–1,000,000, pageSize 1–500, default 50)");
        group.MapGet("/{definitionId}", GetAsync).WithSummary("One version: ?version=latest (default), published or a number")
            .Produces<WorkflowDefinition>();
        group.MapGet("/{definitionId}/versions", VersionsAsync).WithSummary("Every version of a definition, oldest first");
        group.MapPost("/", SaveDraftAsync).WithSummary("Save a draft; editing a published version creates the next version; with If-Match, 409 when the latest version changed")
            .Accepts<WorkflowDefinition>("application/json").Produces<WorkflowDefinition>();
        group.MapPost("/{definitionId}/publish", PublishAsync).WithSummary("Validate and publish a version (default: the latest); with If-Match, 409 when that version changed")
            .Produces<WorkflowDefinition>();
        group.MapPost("/{definitionId}/retract", RetractAsync).WithSummary("Retract the published version");
        group.MapPost("/{definitionId}/revert/{version:int}", RevertAsync).WithSummary("Copy version N into a new draft")
            .Produces<WorkflowDefinition>();
        group.MapDelete("/{definitionId}/versions/{version:int}", DeleteVersionAsync).WithSummary("Delete a version that is not published");
        group.MapGet("/{definitionId}/export", ExportAsync).WithSummary("Download a version as a JSON file")
            .Produces<WorkflowDefinition>();
        group.MapPost("/import", ImportAsync).WithSummary("Import a JSON definition as a draft; ?publish=true publishes it")
            .Accepts<WorkflowDefinition>("application/json").Produces<WorkflowDefinition>();
        group.MapPost("/validate", ValidateAsync).WithSummary("Validate a definition without saving it")
            .Accepts<WorkflowDefinition>("application/json");
        return group;
    }

    private static async Task<Ok<Paged<DefinitionSummary>>> ListAsync(
        IWorkflowDefinitionStore store, string? search, string? page, string? pageSize, CancellationToken ct)
    {
        var paging = Paging.Read(page, pageSize, defaultPageSize: 50);
        var matches = (await store.ListLatestAsync(ct))
            .Where(d => string.IsNullOrWhiteSpace(search) || d.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || d.DefinitionId.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ToList();
        var items = matches.Skip(paging.Skip).Take(paging.PageSize).Select(Summarize).ToList();
        return TypedResults.Ok(new Paged<DefinitionSummary>(items, matches.Count, paging.Page, paging.PageSize));
    }

    private static async Task<IResult> GetAsync(IWorkflowDefinitionStore store, string definitionId, string? version, CancellationToken ct) =>
        WorkflowBody.Write(await FindAsync(store, definitionId, version, ct));

    private static async Task<Ok<List<DefinitionSummary>>> VersionsAsync(IWorkflowDefinitionStore store, string definitionId, CancellationToken ct)
    {
        var versions = await store.ListVersionsAsync(definitionId, ct);
        if (versions.Count == 0)
        {
            throw ApiProblemException.NotFound($"Workflow definition '{definitionId}' does not exist.");
        }
        return TypedResults.Ok(versions.OrderBy(v => v.Version).Select(Summarize).ToList());
    }

    private static async Task<IResult> SaveDraftAsync(HttpRequest request, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, CancellationToken ct)
    {
        var draft = await WorkflowBody.ReadAsync(request, ct);
        // With If-Match, the save is based on the latest version as the caller read it: anything saved since is a 409.
        using var guard = await DefinitionETags.GuardAsync(request, draft.DefinitionId, () => store.FindLatestAsync(draft.DefinitionId, ct), ct);
        return WorkflowBody.Write(await definitions.SaveDraftAsync(draft, ct));
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store,
        string definitionId, int? version, CancellationToken ct)
    {
        using var guard = await DefinitionETags.GuardAsync(request, definitionId, async () => version is { } number
            ? await store.FindVersionAsync(definitionId, number, ct) : await store.FindLatestAsync(definitionId, ct), ct);
        return WorkflowBody.Write(await definitions.PublishAsync(definitionId, version, ct));
    }

    private static async Task<NoContent> RetractAsync(WorkflowDefinitionService definitions, string definitionId, CancellationToken ct)
    {
        await definitions.RetractAsync(definitionId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RevertAsync(WorkflowDefinitionService definitions, string definitionId, int version, CancellationToken ct) =>
        WorkflowBody.Write(await definitions.RevertAsync(definitionId, version, ct));

    private static async Task<NoContent> DeleteVersionAsync(WorkflowDefinitionService definitions, string definitionId, int version, CancellationToken ct)
    {
        await definitions.DeleteVersionAsync(definitionId, version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ExportAsync(IWorkflowDefinitionStore store, string definitionId, string? version, CancellationToken ct)
    {
        var definition = await FindAsync(store, definitionId, version, ct);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(WorkflowJson.Serialize(definition)), "application/json",
            $"{definitionId}.v{definition.Version}.json");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, WorkflowDefinitionService definitions, bool? publish, CancellationToken ct)
    {
        var draft = await definitions.SaveDraftAsync(await WorkflowBody.ReadAsync(request, ct), ct);
        return WorkflowBody.Write(publish == true ? await definitions.PublishAsync(draft.DefinitionId, draft.Version, ct) : draft);
    }

    private static async Task<Ok<ValidationResult>> ValidateAsync(HttpRequest request, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        var errors = definitions.Validate(await WorkflowBody.ReadAsync(request, ct));
        return TypedResults.Ok(new ValidationResult(errors.Count == 0, errors));
    }

    private static async Task<WorkflowDefinition> FindAsync(IWorkflowDefinitionStore store, string definitionId, string? version, CancellationToken ct)
    {
        var found = version switch
        {
            null or "" or "latest" => await store.FindLatestAsync(definitionId, ct),
            "published" => await store.FindPublishedAsync(definitionId, ct),
            _ when int.TryParse(version, out var number) && number > 0 => await store.FindVersionAsync(definitionId, number, ct),
            _ => throw ApiProblemException.BadRequest($"version must be 'latest', 'published' or a positive number, not '{version}'."),
        };
        return found ?? throw ApiProblemException.NotFound(
            $"Workflow definition '{definitionId}' has no {(version is null or "" ? "latest" : version)} version.");
    }

    private static DefinitionSummary Summarize(WorkflowDefinition d) =>
        new(d.DefinitionId, d.Id, d.Version, d.Name, d.Description, d.IsLatest, d.IsPublished);
}

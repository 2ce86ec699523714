using Amsp.Host.Hosting;
using Amsp.Host.Platform.Pipeline;
using System.Globalization;
using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amsp.Host.Workflows;

/// <summary><c>/api/workflow-instances</c>: watch, page through, cancel, retry and delete instances.</summary>
public static class WorkflowInstancesApi
{
    /// <summary>Journal entries in each of the first and last pages of an instance read.</summary>
    public const int JournalPageSize = 100;

    public sealed record InstanceSummary(string Id, string DefinitionId, int DefinitionVersion, string DefinitionVersionId,
        WorkflowStatus Status, string? CorrelationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, int IncidentCount,
        string? ParentInstanceId, string? RootInstanceId);

    /// <summary>One page of instances, newest first; <c>HasMore</c> says whether the next page has any.</summary>
    public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Page, int PageSize, bool HasMore);

    /// <summary>
    /// An instance: its summary, variables, bookmarks and incidents, and its journal's first and last page (the rest is
    /// read a page at a time from <c>/journal</c>, from <c>Journal.Next</c>).
    /// </summary>
    public sealed record InstanceDetails(InstanceSummary Instance, JsonObject Input, JsonObject Variables, JsonObject Output,
        IReadOnlyList<BookmarkView> Bookmarks, IReadOnlyList<Incident> Incidents, JournalView Journal);

    /// <summary>
    /// <c>Count</c> entries journaled, <c>Compacted</c> of them counted per activity (one <c>Compacted</c> entry stands
    /// for them); <c>First</c> and <c>Last</c> pages; <c>Next</c>, the cursor after <c>First</c> (null when it holds all).
    /// </summary>
    public sealed record JournalView(long Count, long Compacted, IReadOnlyList<JournalEntry> First, IReadOnlyList<JournalEntry> Last, string? Next);

    /// <summary>A page of journal entries; <c>Next</c> is the cursor of the next page, null at the end.</summary>
    public sealed record JournalPageView(IReadOnlyList<JournalEntry> Items, int PageSize, string? Next);

    public sealed record BookmarkView(string Id, string ActivityId, string Name, string? CorrelationId, DateTimeOffset? DueAt, DateTimeOffset CreatedAt,
        IReadOnlyList<string> Roles, string ResumeToken);

    public static IEndpointRouteBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder routes)
    {
        var instances = routes.MapGroup("/api/workflow-instances").WithTags("Workflow instances")
            .RequireAuthorization(WorkflowPolicies.Operate);
        // The engine's instances are the platform's, not an organization's: operators oversee all of them.
        instances.MapGet("/", ListAsync).SharedAcrossOrganizations()
            .WithSummary("Instances, newest first, a page at a time (page 1–1,000,000, pageSize 1–500, default 100), filtered by definition, version, status, correlation id or creation time ([from, to))");
        instances.MapGet("/{instanceId}", GetAsync)
            .WithSummary("One instance with its variables, pending bookmarks, incidents, and the first and last page of its journal");
        instances.MapGet("/{instanceId}/journal", JournalAsync)
            .WithSummary("An instance's journal a page at a time: cursor from the previous page's next (none: from the start), pageSize 1–500, default 100");
        instances.MapPost("/{instanceId}/cancel", async (WorkflowRuntime runtime, string instanceId, CancellationToken ct) =>
            TypedResults.Ok(WorkflowRunsApi.ToResponse(await runtime.CancelAsync(instanceId, ct)))).WithSummary("Cancel a running or suspended instance");
        instances.MapPost("/{instanceId}/retry", async (WorkflowRuntime runtime, string instanceId, CancellationToken ct) =>
            TypedResults.Ok(WorkflowRunsApi.ToResponse(await runtime.RetryAsync(instanceId, ct)))).WithSummary("Run the faulted activities of a faulted instance again");
        instances.MapDelete("/{instanceId}", async (IWorkflowInstanceStore store, string instanceId, CancellationToken ct) =>
        {
            await store.DeleteAsync(instanceId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Delete a finished, faulted or cancelled instance with its bookmarks, journal and incidents");
        return routes;
    }

    private static async Task<Ok<InstancePage>> ListAsync(IWorkflowInstanceStore store, string? definitionId, int? version,
        WorkflowStatus? status, string? correlationId, DateTimeOffset? from, DateTimeOffset? to, string? page, string? pageSize, CancellationToken ct)
    {
        var paging = Paging.Read(page, pageSize, defaultPageSize: 100);
        if (from > to) throw ApiProblemException.BadRequest("from must not be after to.");
        var query = new InstanceQuery
        {
            DefinitionId = definitionId,
            DefinitionVersion = version,
            Status = status,
            CorrelationId = correlationId,
            CreatedFrom = from,
            CreatedTo = to,
            Skip = paging.Skip,
            // One more than the page shows tells whether a next page exists without counting every match.
            Take = paging.PageSize + 1,
        };
        var found = await store.QueryAsync(query, ct);
        return TypedResults.Ok(new InstancePage([.. found.Take(paging.PageSize).Select(Summarize)], paging.Page, paging.PageSize, found.Count > paging.PageSize));
    }

    private static async Task<Ok<InstanceDetails>> GetAsync(IWorkflowInstanceStore store, ResumeTokens tokens, string instanceId, CancellationToken ct)
    {
        var instance = await FindAsync(store, instanceId, ct);
        var bookmarks = (await store.ListBookmarksAsync(instanceId, ct))
            .Select(b => new BookmarkView(b.Id, b.ActivityId, b.Name, b.CorrelationId, b.DueAt, b.CreatedAt, b.Roles ?? [], tokens.Issue(b.Id))).ToList();
        var journal = await store.SummarizeAsync(instance, JournalPageSize, ct);
        return TypedResults.Ok(new InstanceDetails(Summarize(instance), instance.State.Input, instance.State.Variables, instance.State.Output,
            bookmarks, await store.ListIncidentsAsync(instanceId, ct),
            new JournalView(journal.Count, journal.Compacted, journal.First, journal.Last, Cursor(journal.Next))));
    }

    private static async Task<Ok<JournalPageView>> JournalAsync(IWorkflowInstanceStore store, string instanceId, string? cursor, string? pageSize, CancellationToken ct)
    {
        var size = Paging.ReadPageSize(pageSize, JournalPageSize);
        long after = -1;
        if (!string.IsNullOrEmpty(cursor) && (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            throw ApiProblemException.BadRequest($"cursor must be the next of an earlier page (a non-negative number), not '{cursor}'.");
        }
        var page = await store.ReadPageAsync(await FindAsync(store, instanceId, ct), after, size, ct);
        return TypedResults.Ok(new JournalPageView(page.Entries, size, Cursor(page.Next)));
    }

    private static async Task<WorkflowInstance> FindAsync(IWorkflowInstanceStore store, string instanceId, CancellationToken ct) =>
        await store.FindAsync(instanceId, ct) ?? throw ApiProblemException.NotFound($"Workflow instance '{instanceId}' does not exist.");

    private static string? Cursor(long? next) => next?.ToString(CultureInfo.InvariantCulture);

    private static InstanceSummary Summarize(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.DefinitionVersion, i.DefinitionVersionId,
        i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt, i.IncidentCount, i.ParentInstanceId, i.RootInstanceId);
}

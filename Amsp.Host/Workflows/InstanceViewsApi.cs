using Amsp.Host.Hosting;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amsp.Host.Workflows;

/// <summary>
/// What the instance viewer draws, for those who watch instances: the exact version an instance runs on (with the
/// descriptors of the activity types it uses, since operators have no palette) and the path the instance took.
/// </summary>
public static class InstanceViewsApi
{
    public sealed record InstanceDefinition(WorkflowDefinition Definition, IReadOnlyList<ActivityDescriptor> ActivityTypes);

    public static IEndpointRouteBuilder MapInstanceViewsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflow-instances/{instanceId}").WithTags("Workflow instances")
            .RequireAuthorization(WorkflowPolicies.Operate);
        group.MapGet("/definition", DefinitionAsync)
            .WithSummary("The definition version the instance runs on, with the descriptors of the activity types it uses");
        group.MapGet("/path", PathAsync)
            .WithSummary("Each activity's status, executions, timing, outcomes and outputs, and the connections the instance followed");
        return routes;
    }

    private static async Task<Ok<InstanceDefinition>> DefinitionAsync(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions,
        ActivityRegistry registry, string instanceId, CancellationToken ct)
    {
        var instance = await FindAsync(instances, instanceId, ct);
        var version = await VersionAsync(definitions, instance, ct);
        var types = version.Root.Activities.Select(a => registry.Find(a.Type, a.TypeVersion ?? 1)).OfType<ActivityDescriptor>()
            .DistinctBy(d => (d.Type, d.Version)).ToList();
        return TypedResults.Ok(new InstanceDefinition(version, types));
    }

    private static async Task<Ok<InstancePath>> PathAsync(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions,
        string instanceId, CancellationToken ct)
    {
        var instance = await FindAsync(instances, instanceId, ct);
        var version = await VersionAsync(definitions, instance, ct);
        var journal = await instances.ReadJournalAsync(instanceId, ct);
        var incidents = await instances.ListIncidentsAsync(instanceId, ct);
        var ended = instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled;
        return TypedResults.Ok(ActivityRuns.Trace(version, journal, incidents, instance.State.Outputs, ended));
    }

    private static async Task<WorkflowInstance> FindAsync(IWorkflowInstanceStore instances, string instanceId, CancellationToken ct) =>
        await instances.FindAsync(instanceId, ct) ?? throw ApiProblemException.NotFound($"Workflow instance '{instanceId}' does not exist.");

    private static async Task<WorkflowDefinition> VersionAsync(IWorkflowDefinitionStore definitions, WorkflowInstance instance, CancellationToken ct) =>
        await definitions.FindByIdAsync(instance.DefinitionVersionId, ct) ?? throw ApiProblemException.NotFound(
            $"Version {instance.DefinitionVersion} of '{instance.DefinitionId}', which instance '{instance.Id}' runs on, was deleted.");
}

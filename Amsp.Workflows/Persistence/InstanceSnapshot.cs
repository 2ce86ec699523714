using System.Text.Json;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Persistence;

/// <summary>Serializes instance state to and from its JSON column.</summary>
public static class InstanceStateJson
{
    /// <summary>State to JSON text.</summary>
    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, WorkflowJson.Options);

    /// <summary>JSON text to state.</summary>
    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, WorkflowJson.Options) ?? new InstanceState();
}

/// <summary>An instance header with its state kept as JSON text, so stored copies never share objects with the runtime.</summary>
internal sealed record InstanceSnapshot(WorkflowInstance Header, string StateJson)
{
    public static InstanceSnapshot From(WorkflowInstance instance) =>
        new(Copy(instance, null), InstanceStateJson.Serialize(instance.State));

    public WorkflowInstance ToInstance() => Copy(Header, InstanceStateJson.Deserialize(StateJson));

    private static WorkflowInstance Copy(WorkflowInstance i, InstanceState? state) => new()
    {
        Id = i.Id,
        DefinitionId = i.DefinitionId,
        DefinitionVersionId = i.DefinitionVersionId,
        DefinitionVersion = i.DefinitionVersion,
        Status = i.Status,
        CorrelationId = i.CorrelationId,
        ParentInstanceId = i.ParentInstanceId,
        TriggerActivityId = i.TriggerActivityId,
        ScheduledAt = i.ScheduledAt,
        RootInstanceId = i.RootInstanceId,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        FinishedAt = i.FinishedAt,
        IncidentCount = i.IncidentCount,
        State = state ?? new InstanceState(),
        Version = i.Version,
    };
}

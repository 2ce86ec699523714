using Amsp.Workflows.Activities;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Model;
using Amsp.Workflows.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Workflows.Runtime;

/// <summary>A definition version prepared for execution: nodes with their descriptors, connection lookups, reachability.</summary>
internal sealed class CompiledWorkflow
{
    private static readonly IReadOnlyList<Connection> None = [];

    // One factory per activity class, not per node: building one compiles an expression tree.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ObjectFactory> Factories = new();
    private readonly Dictionary<(string Activity, string Outcome), List<Connection>> _outgoing = [];
    private readonly Dictionary<string, List<Connection>> _inbound = [];
    private readonly Dictionary<string, List<string>> _successors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inboundKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _reachable = [];
    private readonly Lock _gate = new();

    public CompiledWorkflow(WorkflowDefinition definition, ActivityRegistry registry, WorkflowLimits limits)
    {
        Definition = definition;
        foreach (var node in definition.Root.Activities)
        {
            var descriptor = registry.Find(node.Type, node.TypeVersion ?? 1)
                ?? throw new WorkflowDefinitionException($"Activity '{node.Id}' has unknown type '{node.Type}' v{node.TypeVersion ?? 1}.");
            Nodes[node.Id] = new CompiledNode(node, descriptor, Factories.GetOrAdd(descriptor.ClrType, type => ActivatorUtilities.CreateFactory(type, [])));
        }
        foreach (var connection in definition.Root.Connections)
        {
            var key = (connection.Source.Activity, connection.Source.Outcome);
            if (!_outgoing.TryGetValue(key, out var list)) _outgoing[key] = list = [];
            list.Add(connection);
            if (!_inbound.TryGetValue(connection.Target.Activity, out var inbound)) _inbound[connection.Target.Activity] = inbound = [];
            inbound.Add(connection);
            if (!_successors.TryGetValue(connection.Source.Activity, out var next)) _successors[connection.Source.Activity] = next = [];
            next.Add(connection.Target.Activity);
        }
        foreach (var (target, inbound) in _inbound) _inboundKeys[target] = inbound.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count();
        var starts = definition.Root.Activities.Where(a => a.Type == "Start").ToList();
        Triggers = [.. Nodes.Values.Where(n => n.Descriptor.Kind == ActivityKind.Trigger).Select(n => n.Node.Id)];
        StartActivityId = starts.Count switch
        {
            1 => starts[0].Id,
            0 when Triggers.Count > 0 => null,
            _ => throw new WorkflowDefinitionException(
                $"Definition '{definition.DefinitionId}' v{definition.Version} needs one Start activity or at least one trigger."),
        };
        CommitPerActivity = definition.Options?.CommitStrategy == CommitStrategy.PerActivity;
        // A definition may only lower the engine's budget (publish refuses more); one stored before is held to the engine's.
        var budget = definition.Options?.ExecutionBudget;
        MaxActivities = Math.Min(budget?.MaxActivities is > 0 and var activities ? activities : int.MaxValue, limits.MaxActivitiesPerBurst);
        MaxDuration = budget?.MaxDuration is { } duration && duration > TimeSpan.Zero && duration < limits.MaxBurstDuration ? duration : limits.MaxBurstDuration;
        AllowLongLoops = budget?.AllowLongLoops == true;
    }

    /// <summary>Activities one burst may execute.</summary>
    public int MaxActivities { get; }

    /// <summary>Wall time one burst may take.</summary>
    public TimeSpan MaxDuration { get; }

    /// <summary>Whether a burst past its budget continues in the background instead of suspending with an incident.</summary>
    public bool AllowLongLoops { get; }

    public WorkflowDefinition Definition { get; }

    public Dictionary<string, CompiledNode> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The Start activity, if the flowchart has one.</summary>
    public string? StartActivityId { get; }

    /// <summary>The trigger activities: each is an entry when its trigger fires.</summary>
    public IReadOnlyList<string> Triggers { get; }

    /// <summary>Where an instance begins: the trigger that fired, else Start, else the only trigger.</summary>
    /// <exception cref="ArgumentException">The activity is not a trigger of this flowchart, or no entry is unambiguous.</exception>
    public string EntryFor(string? triggerActivityId) => triggerActivityId switch
    {
        null => StartActivityId ?? (Triggers.Count == 1 ? Triggers[0]
            : throw new ArgumentException($"'{Definition.DefinitionId}' has no Start activity and {Triggers.Count} triggers: name the trigger to start from.", nameof(triggerActivityId))),
        _ when Triggers.Contains(triggerActivityId) => triggerActivityId,
        _ => throw new ArgumentException($"'{triggerActivityId}' is not a trigger of '{Definition.DefinitionId}' v{Definition.Version}.", nameof(triggerActivityId)),
    };

    public bool CommitPerActivity { get; }

    public IReadOnlyList<Connection> Outgoing(string activityId, string outcome) =>
        _outgoing.TryGetValue((activityId, outcome), out var list) ? list : None;

    public IReadOnlyList<Connection> Inbound(string activityId) => _inbound.TryGetValue(activityId, out var list) ? list : None;

    /// <summary>Distinct inbound connections of an activity (a join has arrived from all of them once it has this many).</summary>
    public int InboundKeyCount(string activityId) => _inboundKeys.GetValueOrDefault(activityId);

    /// <summary>Whether <paramref name="to"/> can be reached from <paramref name="from"/> by following connections.</summary>
    public bool CanReach(string from, string to)
    {
        lock (_gate)
        {
            if (!_reachable.TryGetValue(from, out var set))
            {
                set = [];
                var stack = new Stack<string>([from]);
                while (stack.TryPop(out var current))
                {
                    if (!_successors.TryGetValue(current, out var next)) continue;
                    foreach (var target in next)
                    {
                        if (set.Add(target)) stack.Push(target);
                    }
                }
                _reachable[from] = set;
            }
            return set.Contains(to);
        }
    }
}

/// <summary>A node with its descriptor and a compiled factory for its class.</summary>
internal sealed record CompiledNode(ActivityNode Node, ActivityDescriptor Descriptor, ObjectFactory Factory)
{
    public Activity Create(IServiceProvider services) => (Activity)Factory(services, null);
}

/// <summary>A definition cannot run: unknown activity type, no Start, unknown version.</summary>
public sealed class WorkflowDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException() { }

    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException(string message, Exception innerException) : base(message, innerException) { }
}

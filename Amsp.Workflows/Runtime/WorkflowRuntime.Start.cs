using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Creates an instance and runs its first slice; Sliced when it stopped there with work left (committed).</summary>
    private async Task<(ExecutionSession Session, WorkflowRunResult Result, bool Sliced)> StartCoreAsync(
        string definitionVersionId, StartWorkflowOptions options, Burst burst, CancellationToken cancellationToken)
    {
        var workflow = await GetCompiledAsync(definitionVersionId, cancellationToken);
        if (options.ScheduledAt is not null && options.TriggerActivityId is null)
        {
            throw new ArgumentException("A scheduled start names its trigger activity.", nameof(options));
        }
        if (options.ScheduledAt is { } point && options.InstanceId is null)
        {
            // The point decides the id, so the start below takes the path of a given id: lock, find, else run.
            options = options with { InstanceId = ScheduledInstanceId(workflow.Definition.DefinitionId, options.TriggerActivityId!, point) };
        }
        var instance = NewInstance(workflow, options, rootInstanceId: null, ancestors: null);
        // A fresh id is known to nobody until the run's first commit, after which this start does nothing more with
        // the instance without its lock: none to take (a distributed one would cost a round trip per start). A given
        // id (an idempotent start) or a commit per activity makes the instance visible while it runs, so those take it.
        var unseen = options.InstanceId is null && !workflow.CommitPerActivity;
        await using (unseen ? null : await _locks.AcquireAsync(instance.Id, cancellationToken))
        {
            if (options.InstanceId is not null && await _instances.FindAsync(options.InstanceId, cancellationToken) is { } existing)
            {
                var existingSession = new ExecutionSession(existing, workflow, isNew: false) { SuppressParentNotification = true, Burst = burst };
                return (existingSession, ToResult(existingSession), false);
            }
            var session = new ExecutionSession(instance, workflow, isNew: true) { Burst = burst };
            Journal(session, JournalEventType.WorkflowStarted, null, null);
            Schedule(session, workflow.EntryFor(options.TriggerActivityId), via: null);
            bool sliced;
            try
            {
                sliced = await RunAsync(session, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (session.IsNew && options.ScheduledAt is not null)
            {
                // The database's key on the point refused a second row: a start that got past the lock (it went with a
                // lost connection) found the point taken. The first one's instance is the answer.
                if (await _instances.FindAsync(instance.Id, cancellationToken) is not { } first) throw;
                var firstSession = new ExecutionSession(first, workflow, isNew: false) { SuppressParentNotification = true, Burst = burst };
                return (firstSession, ToResult(firstSession), false);
            }
            return (session, ToResult(session), sliced);
        }
    }

    /// <summary>
    /// The instance id of the start a schedule meant for <paramref name="scheduledAt"/> at a trigger of a definition: the
    /// same for every node, retry and recovery that starts that point (see <see cref="StartWorkflowOptions.ScheduledAt"/>).
    /// </summary>
    public static string ScheduledInstanceId(string definitionId, string triggerActivityId, DateTimeOffset scheduledAt)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        ArgumentNullException.ThrowIfNull(triggerActivityId);
        var key = $"scheduled:{definitionId}\n{triggerActivityId}\n{scheduledAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private WorkflowInstance NewInstance(CompiledWorkflow workflow, StartWorkflowOptions options, string? rootInstanceId, List<string>? ancestors)
    {
        var definition = workflow.Definition;
        var input = (JsonObject?)options.Input?.DeepClone() ?? [];
        foreach (var parameter in definition.Inputs ?? [])
        {
            if (parameter.Required == true && input[parameter.Name] is null)
            {
                throw new ArgumentException($"Workflow input '{parameter.Name}' is required.", nameof(options));
            }
        }
        var variables = new JsonObject();
        foreach (var variable in definition.Variables ?? []) variables[variable.Name] = variable.Default?.DeepClone();
        var now = Clock.GetUtcNow();
        return new WorkflowInstance
        {
            Id = options.InstanceId ?? NewId(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            CorrelationId = options.CorrelationId,
            ParentInstanceId = options.ParentInstanceId,
            RootInstanceId = rootInstanceId,
            TriggerActivityId = options.TriggerActivityId,
            ScheduledAt = options.ScheduledAt,
            CreatedAt = now,
            UpdatedAt = now,
            State = new InstanceState { Input = input, Variables = variables, Ancestors = ancestors },
        };
    }

    /// <summary>
    /// Post-commit work, outside the instance lock: queues the children the run created, sends a long loop to the
    /// background, and resumes the parent of an ended child.
    /// </summary>
    private async Task AfterRunAsync(ExecutionSession session, RunCall call, CancellationToken cancellationToken)
    {
        foreach (var child in session.Children) call.Children.Enqueue(child);
        session.Children.Clear();
        if (session.ContinueInBackground)
        {
            session.ContinueInBackground = false;
            await _scheduler.DispatchAsync(session.Instance.Id, cancellationToken);
        }
        if (!session.SuppressParentNotification && session.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
        {
            await NotifyParentAsync(session.Instance, call, cancellationToken);
        }
    }

    /// <summary>Resumes the RunWorkflow waiting on an ended child. Nested at most <c>Limits.MaxDepth</c> deep: a parent that ends tells its own.</summary>
    private async Task NotifyParentAsync(WorkflowInstance child, RunCall call, CancellationToken cancellationToken)
    {
        if (child.ParentInstanceId is null) return;
        var payload = new JsonObject
        {
            ["status"] = child.Status.ToString(),
            ["output"] = child.State.Output.DeepClone(),
        };
        await TriggerCoreAsync(new Stimulus(ChildEndedStimulus, child.Id, Payload: payload), admit: null, call, cancellationToken);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private async Task<(ExecutionSession Session, WorkflowRunResult Result)> StartCoreAsync(
        string definitionVersionId, StartWorkflowOptions options, bool suppressParentNotification, CancellationToken cancellationToken)
    {
        var workflow = await GetCompiledAsync(definitionVersionId, cancellationToken);
        var definition = workflow.Definition;
        var entry = workflow.EntryFor(options.TriggerActivityId);
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
        if (options.ScheduledAt is not null && options.TriggerActivityId is null)
        {
            throw new ArgumentException("A scheduled start names its trigger activity.", nameof(options));
        }
        if (options.ScheduledAt is { } point && options.InstanceId is null)
        {
            // The point decides the id, so the start below takes the path of a given id: lock, find, else run.
            options = options with { InstanceId = ScheduledInstanceId(definition.DefinitionId, options.TriggerActivityId!, point) };
        }
        var instance = new WorkflowInstance
        {
            Id = options.InstanceId ?? NewId(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            CorrelationId = options.CorrelationId,
            ParentInstanceId = options.ParentInstanceId,
            TriggerActivityId = options.TriggerActivityId,
            ScheduledAt = options.ScheduledAt,
            CreatedAt = now,
            UpdatedAt = now,
            State = new InstanceState { Input = input, Variables = variables },
        };
        // A fresh id is known to nobody until the run's one commit, after which this start does nothing more with
        // the instance: no lock to take (a distributed one would cost a round trip per start). A given id (a child)
        // or a commit per activity makes the instance visible while it runs, so those take it.
        var unseen = options.InstanceId is null && !workflow.CommitPerActivity;
        await using (unseen ? null : await _locks.AcquireAsync(instance.Id, cancellationToken))
        {
            if (options.InstanceId is not null && await _instances.FindAsync(options.InstanceId, cancellationToken) is { } existing)
            {
                var existingSession = new ExecutionSession(existing, workflow, isNew: false) { SuppressParentNotification = true };
                return (existingSession, ToResult(existingSession));
            }
            var session = new ExecutionSession(instance, workflow, isNew: true) { SuppressParentNotification = suppressParentNotification };
            Journal(session, JournalEventType.WorkflowStarted, null, null);
            Schedule(session, entry, via: null);
            try
            {
                await RunAsync(session, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (session.IsNew && options.ScheduledAt is not null)
            {
                // The database's key on the point refused a second row: a start that got past the lock (it went with a
                // lost connection) found the point taken. The first one's instance is the answer.
                if (await _instances.FindAsync(instance.Id, cancellationToken) is not { } first) throw;
                var firstSession = new ExecutionSession(first, workflow, isNew: false) { SuppressParentNotification = true };
                return (firstSession, ToResult(firstSession));
            }
            return (session, ToResult(session));
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

    /// <summary>
    /// Starts (or finds, after a crash re-ran the parent's execution) the child of a RunWorkflow execution.
    /// The child's id is derived from the parent's execution id, so a re-run never starts a second child.
    /// </summary>
    internal async Task<WorkflowRunResult> StartChildAsync(ActivityContext parent, string definitionId, JsonObject? input)
    {
        var versionId = await _definitions.FindPublishedIdAsync(definitionId, parent.CancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition '{definitionId}' has no published version.");
        var childId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("child:" + parent.ExecutionId)))[..32];
        var options = new StartWorkflowOptions { Input = input, InstanceId = childId, ParentInstanceId = parent.InstanceId, CorrelationId = parent.CorrelationId };
        // The parent holds its lock while the child runs: the child must not try to resume it now.
        var (session, result) = await StartCoreAsync(versionId, options, suppressParentNotification: true, parent.CancellationToken);
        await AfterRunAsync(session, parent.CancellationToken);
        return result;
    }

    /// <summary>Post-commit work, outside the instance lock: timers, and resuming the parent of an ended child.</summary>
    private async Task AfterRunAsync(ExecutionSession session, CancellationToken cancellationToken)
    {
        if (session.Instance.ParentInstanceId is not null && !session.SuppressParentNotification
            && session.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
        {
            var payload = new JsonObject
            {
                ["status"] = session.Instance.Status.ToString(),
                ["output"] = session.State.Output.DeepClone(),
            };
            await TriggerAsync(new Stimulus(ChildEndedStimulus, session.Instance.Id, Payload: payload), cancellationToken);
        }
    }
}

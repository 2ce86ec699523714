using System.Text.Json.Nodes;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Creates an instance and runs its first slice; Sliced when it stopped there with work left (committed).</summary>
    private async Task<(ExecutionSession Session, WorkflowRunResult Result, bool Sliced)> StartCoreAsync(
        string definitionVersionId, StartWorkflowOptions options, Burst burst, CancellationToken cancellationToken)
    {
        var workflow = await GetCompiledAsync(definitionVersionId, cancellationToken);
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
            var sliced = await RunAsync(session, cancellationToken);
            return (session, ToResult(session), sliced);
        }
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

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private const string DescendantsLockPrefix = "descendants:";

    /// <summary>
    /// Creates (or finds, after a crash re-ran the parent's execution) the child of a RunWorkflow execution, committed
    /// and ready to run, but does not run it: the child runs after the parent's commit, from the operation's queue or
    /// in the background, so a workflow that starts itself never nests on the stack. Its id derives from the parent's
    /// execution id, so a re-run never starts a second child.
    /// </summary>
    /// <exception cref="WorkflowLimitExceededException">The child would pass <c>Limits.MaxDepth</c> or the root's <c>Limits.MaxDescendants</c>.</exception>
    internal async Task<WorkflowRunResult> StartChildAsync(ActivityContext parent, string definitionId, JsonObject? input)
    {
        var session = parent.Session;
        var cancellationToken = parent.CancellationToken;
        var versionId = await _definitions.FindPublishedIdAsync(definitionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition '{definitionId}' has no published version.");
        var childId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("child:" + parent.ExecutionId)))[..32];
        if (await _instances.FindAsync(childId, cancellationToken) is { } existing)
        {
            if (existing.Status == WorkflowStatus.Running) session.Children.Add(childId);
            return ToResult(existing);
        }
        var limits = _options.Limits;
        List<string> ancestors = [.. session.State.Ancestors ?? [], session.Instance.DefinitionId];
        if (ancestors.Count >= limits.MaxDepth)
        {
            throw new WorkflowLimitExceededException(
                $"RunWorkflow would start '{definitionId}' {ancestors.Count + 1} levels deep, past the limit of {limits.MaxDepth} "
                + $"(Limits.MaxDepth): {Chain(ancestors, definitionId)}.");
        }
        var workflow = await GetCompiledAsync(versionId, cancellationToken);
        var root = session.Instance.RootInstanceId ?? session.Instance.Id;
        var child = NewInstance(workflow, new StartWorkflowOptions
        {
            Input = input, InstanceId = childId, ParentInstanceId = session.Instance.Id, CorrelationId = parent.CorrelationId,
        }, root, ancestors);
        var childSession = new ExecutionSession(child, workflow, isNew: true);
        Journal(childSession, JournalEventType.WorkflowStarted, null, null);
        Schedule(childSession, workflow.EntryFor(null), via: null);
        // Counting and inserting under one lock per root keeps the bound exact, across nodes with a distributed lock.
        await using (await _locks.AcquireAsync(DescendantsLockPrefix + root, cancellationToken))
        {
            var count = await _instances.CountDescendantsAsync(root, cancellationToken);
            if (count >= limits.MaxDescendants)
            {
                throw new WorkflowLimitExceededException(
                    $"Root instance '{root}' has started {count} instances through RunWorkflow, its limit (Limits.MaxDescendants = "
                    + $"{limits.MaxDescendants}); RunWorkflow would start one more: {Chain(ancestors, definitionId)}.");
            }
            await CommitAsync(childSession, cancellationToken);
        }
        session.Children.Add(childId);
        return ToResult(childSession);
    }

    private static string Chain(List<string> ancestors, string next) => string.Join(" → ", ancestors.Append(next));
}

/// <summary>
/// A workflow passed one of the engine's limits (<see cref="Options.WorkflowLimits"/>). It faults the instance whatever
/// its incident strategy: retrying would pass it again.
/// </summary>
public sealed class WorkflowLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowLimitExceededException() { }

    /// <summary>Creates the exception.</summary>
    public WorkflowLimitExceededException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowLimitExceededException(string message, Exception innerException) : base(message, innerException) { }
}

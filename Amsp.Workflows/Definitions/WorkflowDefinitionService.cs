using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Definitions;

/// <summary>
/// The versioning lifecycle: drafts, publish (validated; one published version per definition), retract,
/// revert, delete. A version that was ever published is frozen, since instances may be pinned to it:
/// saving changes to it creates the next version as a draft.
/// </summary>
public sealed class WorkflowDefinitionService(
    IWorkflowDefinitionStore store, IWorkflowInstanceStore instances, WorkflowValidator validator, IEnumerable<IWorkflowPublicationListener> listeners)
{
    /// <summary>
    /// Saves a draft. Without a definition id, a new definition (version 1) is created. If the latest version
    /// was never published it is updated in place; otherwise the next version is created.
    /// </summary>
    /// <exception cref="WorkflowValidationException">The draft has no name.</exception>
    public async Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Name)) throw new WorkflowValidationException([WorkflowValidator.MissingName]);
        var copy = WorkflowJson.Clone(draft);
        if (string.IsNullOrEmpty(copy.DefinitionId)) copy.DefinitionId = NewId();
        var latest = await store.FindLatestAsync(copy.DefinitionId, cancellationToken);
        var changed = new List<WorkflowDefinition>();
        if (latest is not null && !latest.IsPublished && !await store.WasPublishedAsync(latest.Id, cancellationToken))
        {
            copy.Id = latest.Id;
            copy.Version = latest.Version;
        }
        else
        {
            copy.Id = NewId();
            copy.Version = (latest?.Version ?? 0) + 1;
            if (latest is not null)
            {
                latest.IsLatest = false;
                changed.Add(latest);
            }
        }
        copy.IsLatest = true;
        copy.IsPublished = false;
        changed.Add(copy);
        await store.SaveAsync(changed, [], cancellationToken);
        return copy;
    }

    /// <summary>Publishes the latest version (or the given one) after validating it; unpublishes the previous one.</summary>
    /// <exception cref="WorkflowValidationException">The version is not valid.</exception>
    /// <exception cref="KeyNotFoundException">No such definition or version.</exception>
    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        var target = await FindAsync(definitionId, version, cancellationToken);
        var errors = validator.Validate(target);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        var changed = new List<WorkflowDefinition>();
        if (await store.FindPublishedAsync(definitionId, cancellationToken) is { } current && current.Id != target.Id)
        {
            current.IsPublished = false;
            changed.Add(current);
        }
        target.IsPublished = true;
        changed.Add(target);
        await store.SaveAsync(changed, [target.Id], cancellationToken);
        foreach (var listener in listeners) await listener.PublishedAsync(target, cancellationToken);
        return target;
    }

    /// <summary>Retracts the published version: the definition has none until the next publish. Running instances go on.</summary>
    public async Task RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        if (await store.FindPublishedAsync(definitionId, cancellationToken) is { } published)
        {
            published.IsPublished = false;
            await store.SaveAsync([published], [], cancellationToken);
            foreach (var listener in listeners) await listener.RetractedAsync(definitionId, cancellationToken);
        }
    }

    /// <summary>Copies version N into a new draft (the new latest version).</summary>
    /// <exception cref="KeyNotFoundException">No such version.</exception>
    public async Task<WorkflowDefinition> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var source = await FindAsync(definitionId, version, cancellationToken);
        var latest = await store.FindLatestAsync(definitionId, cancellationToken) ?? source;
        var copy = WorkflowJson.Clone(source);
        copy.Id = NewId();
        copy.Version = latest.Version + 1;
        copy.IsLatest = true;
        copy.IsPublished = false;
        latest.IsLatest = false;
        await store.SaveAsync([latest, copy], [], cancellationToken);
        return copy;
    }

    /// <summary>Deletes a version that is not published and has no running or suspended instance.</summary>
    /// <exception cref="InvalidOperationException">It is published or still has active instances.</exception>
    public async Task DeleteVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var target = await FindAsync(definitionId, version, cancellationToken);
        if (target.IsPublished) throw new InvalidOperationException($"Version {version} of '{definitionId}' is published; retract it first.");
        if (await instances.HasActiveInstancesAsync(target.Id, cancellationToken))
        {
            throw new InvalidOperationException($"Version {version} of '{definitionId}' still has running or suspended instances.");
        }
        await store.DeleteAsync(target.Id, cancellationToken);
        if (target.IsLatest)
        {
            var remaining = await store.ListVersionsAsync(definitionId, cancellationToken);
            if (remaining.Count > 0)
            {
                var newLatest = remaining.MaxBy(v => v.Version)!;
                newLatest.IsLatest = true;
                await store.SaveAsync([newLatest], [], cancellationToken);
            }
        }
    }

    /// <summary>Validates a definition without saving it.</summary>
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => validator.Validate(definition);

    private async Task<WorkflowDefinition> FindAsync(string definitionId, int? version, CancellationToken cancellationToken) =>
        (version is null
            ? await store.FindLatestAsync(definitionId, cancellationToken)
            : await store.FindVersionAsync(definitionId, version.Value, cancellationToken))
        ?? throw new KeyNotFoundException($"Workflow definition '{definitionId}'{(version is null ? "" : $" v{version}")} does not exist.");

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}

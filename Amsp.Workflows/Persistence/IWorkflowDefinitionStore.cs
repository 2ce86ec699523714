using Amsp.Workflows.Model;

namespace Amsp.Workflows.Persistence;

/// <summary>Stores definition versions. Writes come from <see cref="Definitions.WorkflowDefinitionService"/>.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>A version by its id, or null.</summary>
    Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A version by definition id and number, or null.</summary>
    Task<WorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The published version of a definition, or null.</summary>
    Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Id of the published version of a definition, or null (a cheap header lookup for starts).</summary>
    Task<string?> FindPublishedIdAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published version id of every definition that has one, by definition id: a cheap header read that tells
    /// a node whether publications happened elsewhere (another node, or a command-line import).
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> ListPublishedIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest version of a definition, or null.</summary>
    Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>All versions of a definition, oldest first (headers and content).</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The latest version of every definition.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the version was ever published (then its content is frozen: instances may be pinned to it).</summary>
    Task<bool> WasPublishedAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Saves versions (insert or update) atomically, with their flags as given.</summary>
    /// <param name="versions">The versions to write.</param>
    /// <param name="published">Ids of versions that are being published now (marked as ever published).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, IReadOnlyCollection<string> published, CancellationToken cancellationToken = default);

    /// <summary>Deletes a version.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}

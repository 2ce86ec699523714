using Amsp.Workflows.Model;

namespace Amsp.Workflows.Definitions;

/// <summary>
/// Told when a definition's published version changes, after the store has it: hosting moves the definition's
/// triggers (schedules, HTTP routes) to the new version, or removes them on retract.
/// </summary>
public interface IWorkflowPublicationListener
{
    /// <summary><paramref name="definition"/> is now the one published version of its definition.</summary>
    Task PublishedAsync(WorkflowDefinition definition, CancellationToken cancellationToken);

    /// <summary>The definition has no published version any more.</summary>
    Task RetractedAsync(string definitionId, CancellationToken cancellationToken);
}

using System.Text.Json.Nodes;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Host.Workflows;

/// <summary>What hosting reads of stored definitions: the published versions, and literal trigger inputs.</summary>
internal static class DefinitionReading
{
    /// <summary>The published version of every definition that has one.</summary>
    public static async Task<IReadOnlyList<WorkflowDefinition>> ListPublishedAsync(this IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var published = new List<WorkflowDefinition>();
        foreach (var latest in await store.ListLatestAsync(cancellationToken))
        {
            if (latest.IsPublished)
            {
                published.Add(latest);
            }
            else if (await store.FindPublishedAsync(latest.DefinitionId, cancellationToken) is { } version)
            {
                published.Add(version);
            }
        }
        return published;
    }

    /// <summary>The value of a literal input; null when it is missing or an expression (hosting reads triggers before any run).</summary>
    public static JsonNode? Literal(this ActivityNode node, string input) =>
        node.Inputs?.GetValueOrDefault(input) is { Syntax: ExpressionSyntax.Literal } expression ? expression.Value : null;
}

using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Pays the cold-start costs (store queries compiled, JavaScript engine and JSON metadata loaded) before the
    /// first real execution, without changing any data. Hosting calls it once at start-up, before it reports ready.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        // No id the engine generates looks like this, and every database accepts it (PostgreSQL rejects NUL in text).
        const string none = "~warm-up~";
        await _definitions.FindPublishedIdAsync(none, cancellationToken);
        await _definitions.FindByIdAsync(none, cancellationToken);
        await _definitions.WasPublishedAsync(none, cancellationToken);
        await _instances.FindAsync(none, cancellationToken);
        await _instances.FindBookmarksByHashAsync(none, cancellationToken);
        await _instances.FindBookmarkAsync(none, cancellationToken);
        var state = new InstanceState { Variables = new JsonObject { ["x"] = 1 } };
        try
        {
            // An update of a row that does not exist: compiles the commit path, writes nothing.
            await _instances.CommitAsync(new InstanceCommit
            {
                Instance = new WorkflowInstance { Id = none, DefinitionId = none, DefinitionVersionId = none, DefinitionVersion = 0, State = state },
                IsNew = false,
            }, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Expected: nothing matched.
        }
        await Expressions.EvaluateAsync(Expression.JavaScript("variables.x + 1"), new ExpressionScope(state.Variables, [], []), cancellationToken);
    }
}

using Amsp.Workflows.Model;

namespace Amsp.Workflows.Definitions;

/// <summary>
/// A check the engine cannot make alone (a cron expression hosting will schedule, a route it will serve),
/// run by <see cref="WorkflowValidator"/> after its own checks, so its errors name the activity and input too.
/// </summary>
public interface IWorkflowValidationRule
{
    /// <summary>The problems this rule finds in <paramref name="definition"/>; empty when none.</summary>
    IEnumerable<ValidationError> Validate(WorkflowDefinition definition);
}

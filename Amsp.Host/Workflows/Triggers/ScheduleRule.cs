using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>Refuses, at validation and so before publishing, a trigger schedule Quartz could not run.</summary>
internal sealed class ScheduleRule : IWorkflowValidationRule
{
    public IEnumerable<ValidationError> Validate(WorkflowDefinition definition) =>
        definition.Root.Activities.Where(ScheduledTrigger.IsScheduled).SelectMany(node => ScheduledTrigger.Read(node).Errors);
}

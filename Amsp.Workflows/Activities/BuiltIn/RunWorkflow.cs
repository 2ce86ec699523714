using System.Text.Json.Nodes;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Activities;

/// <summary>
/// Starts the published version of another definition as a child and waits for it to finish. The child's
/// id derives from this execution id, so a re-run after a crash finds the same child instead of starting two.
/// The child runs after this instance's commit, never nested inside its run; past <c>Limits.MaxDepth</c> or the
/// root's <c>Limits.MaxDescendants</c> this activity faults its instance instead of starting one.
/// </summary>
[Activity("RunWorkflow", Category = "Composition", Kind = ActivityKind.Blocking, Outcomes = ["Done", "Cancelled"], Description = "Runs another workflow as a child and waits for it.")]
public sealed class RunWorkflow : Activity
{
    /// <summary>Definition id of the child.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], Description = "Definition id of the child workflow.")]
    public string DefinitionId { get; set; } = "";

    /// <summary>Input of the child.</summary>
    [Input(Description = "Input of the child workflow (an object).")]
    public JsonObject? Input { get; set; }

    /// <summary>Child instance id.</summary>
    [Output(Description = "The child instance id.")]
    public string? ChildInstanceId { get; set; }

    /// <summary>Output of the child.</summary>
    [Output(Description = "The child's output.")]
    public JsonObject? Output { get; set; }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var child = await context.Runtime.StartChildAsync(context, DefinitionId, Input);
        ChildInstanceId = child.InstanceId;
        context.State["childInstanceId"] = child.InstanceId;
        return child.Status switch
        {
            WorkflowStatus.Finished => Ended(child.Output, "Done"),
            WorkflowStatus.Cancelled => Ended(child.Output, "Cancelled"),
            _ => ActivityResult.Suspend(new BookmarkRequest(WorkflowRuntime.ChildEndedStimulus, child.InstanceId)),
        };
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var payload = context.ResumePayload ?? [];
        var status = payload["status"]?.ToString();
        ChildInstanceId = context.State["childInstanceId"]?.ToString();
        return ValueTask.FromResult(Ended(payload["output"] as JsonObject, status == nameof(WorkflowStatus.Cancelled) ? "Cancelled" : "Done"));
    }

    private ActivityResult Ended(JsonObject? output, string outcome)
    {
        Output = (JsonObject?)output?.DeepClone() ?? [];
        return ActivityResult.Outcome(outcome);
    }
}

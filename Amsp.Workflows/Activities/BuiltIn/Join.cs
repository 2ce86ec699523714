using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Activities;

/// <summary>
/// Merges branches. WaitAll continues once every inbound connection has arrived or can no longer be
/// reached (its source is not reachable from any pending work, bookmark or waiting join). WaitAny
/// continues on the first arrival and cancels the other inbound branches.
/// </summary>
[Activity("Join", Category = "Flow", Description = "Merges parallel branches (WaitAll or WaitAny).")]
public sealed class Join : Activity
{
    /// <summary>Join mode.</summary>
    [Input(Syntaxes = ["Literal"], UIHint = "dropdown", DefaultJson = "\"WaitAll\"", Options = ["WaitAll", "WaitAny"], Description = "WaitAll or WaitAny.")]
    public JoinMode Mode { get; set; } = JoinMode.WaitAll;

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.Runtime.ArriveAtJoin(context, Mode) ? ActivityResult.Done : ActivityResult.Waiting);
}

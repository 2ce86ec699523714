namespace Amsp.Workflows.Activities;

/// <summary>Starts an instance of the published version at a fixed interval, from the moment it is published.</summary>
[Activity("TimerTrigger", Category = "Triggers", Kind = ActivityKind.Trigger, DisplayName = "Timer",
    Description = "Starts the workflow every interval.")]
public sealed class TimerTrigger : Activity
{
    /// <summary>The interval between starts.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "timespan", Description = "How often (hh:mm:ss or d.hh:mm:ss).")]
    public TimeSpan Interval { get; set; }

    /// <summary>Whether a new instance may start while one started by this trigger is still running or suspended.</summary>
    [Input(Syntaxes = ["Literal"], DefaultJson = "false", Description = "Start even while the previous instance of this trigger is unfinished.")]
    public bool AllowOverlap { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

namespace Amsp.Workflows.Activities;

/// <summary>Starts one instance of the published version at a given instant (at once if it has passed).</summary>
[Activity("StartAtTrigger", Category = "Triggers", Kind = ActivityKind.Trigger, DisplayName = "Start at",
    Description = "Starts the workflow once, at a given date and time.")]
public sealed class StartAtTrigger : Activity
{
    /// <summary>The instant, with its offset (ISO 8601).</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "datetime", Description = "When, e.g. '2026-12-01T06:00:00+01:00'.")]
    public DateTimeOffset At { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

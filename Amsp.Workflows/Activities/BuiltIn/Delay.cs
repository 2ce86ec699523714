namespace Amsp.Workflows.Activities;

/// <summary>Suspends on a timer bookmark due after a duration (fired by the <see cref="Runtime.IWorkflowScheduler"/>).</summary>
[Activity("Delay", Category = "Timers", Kind = ActivityKind.Blocking, Description = "Waits for a duration.")]
public sealed class Delay : Activity
{
    /// <summary>Name of timer bookmarks.</summary>
    public const string TimerName = "Amsp.Timer";

    /// <summary>How long to wait, e.g. "00:10:00".</summary>
    [Input(Required = true, UIHint = "timespan", Description = "How long to wait (hh:mm:ss or d.hh:mm:ss).")]
    public TimeSpan Duration { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var due = context.Clock.GetUtcNow() + Duration;
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(TimerName, context.ExecutionId, DueAt: due)));
    }
}

namespace Amsp.Workflows.Activities;

/// <summary>
/// Starts an instance of the published version at every point of a cron schedule. Hosting schedules it when the
/// version is published and removes it on retract; the engine only runs it as the instance's entry.
/// </summary>
[Activity("CronTrigger", Category = "Triggers", Kind = ActivityKind.Trigger, DisplayName = "Cron",
    Description = "Starts the workflow on a cron schedule (Quartz syntax with seconds: '0 0/15 * * * ?').")]
public sealed class CronTrigger : Activity
{
    /// <summary>The cron expression (Quartz syntax: seconds minutes hours day-of-month month day-of-week [year]).</summary>
    [Input(Required = true, Syntaxes = ["Literal"], Description = "Quartz cron expression, e.g. '0 0 6 * * ?' for 06:00 every day.")]
    public string Expression { get; set; } = "";

    /// <summary>The time zone the schedule is read in (IANA id). Default UTC.</summary>
    [Input(Syntaxes = ["Literal"], DefaultJson = "\"UTC\"", Description = "IANA time zone of the schedule, e.g. 'Europe/Berlin'.")]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Whether a new instance may start while one started by this trigger is still running or suspended.</summary>
    [Input(Syntaxes = ["Literal"], DefaultJson = "false", Description = "Start even while the previous instance of this trigger is unfinished.")]
    public bool AllowOverlap { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

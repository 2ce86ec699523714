using System.Globalization;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// The point of a trigger's schedule that one Quartz fire stands for: the key on which starting its instance is
/// idempotent, the same whether the node that claimed the fire runs it, or a survivor runs it again after that node died.
/// </summary>
/// <remarks>
/// Quartz records the fire's scheduled time in its fired-trigger row; when a node dies holding the fire, cluster recovery
/// fires the job again with that time in the recovery trigger's data, written as text to the second. A live fire reads
/// the same time from its trigger (the fire time it had when claimed, also after a misfire moved it to "now"), so both
/// are taken to the whole second: a schedule's points are at least a second apart (cron has seconds, intervals are
/// validated to at least one), so no two points of one trigger share a second. A StartAt trigger has one point, its
/// instant, whatever time a misfire fires it at.
/// </remarks>
internal static class ScheduledPoint
{
    /// <summary>Job data key of a StartAt trigger's instant.</summary>
    public const string InstantKey = "instant";

    public static DateTimeOffset Of(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        if (data.TryGetValue(InstantKey, out var instant) && instant is string text)
        {
            return Normalize(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
        }
        if (context.Recovering && data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var original)
            && original is string recorded && DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var scheduled))
        {
            return Normalize(scheduled);
        }
        return Normalize(context.Trigger.PreviousFireTimeUtc ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
    }

    /// <summary>The time to the whole second, in UTC.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}

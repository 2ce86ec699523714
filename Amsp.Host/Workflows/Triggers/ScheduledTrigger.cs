using System.Globalization;
using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Quartz;

namespace Amsp.Host.Workflows.Triggers;

/// <summary>
/// A Cron, Timer or StartAt trigger of a definition, read from its literal inputs, and the Quartz schedule it
/// stands for. A point no node could fire on time fires late, once; points later than the misfire threshold
/// (<see cref="Scheduling.WorkflowSchedulingOptions.MisfireThreshold"/>) collapse into one start as soon as a node can
/// fire again, then the schedule goes on.
/// </summary>
internal sealed record ScheduledTrigger(string ActivityId, string Type, bool AllowOverlap, Func<IScheduleBuilder> Schedule, DateTimeOffset? StartAt)
{
    public static readonly string[] Types = ["CronTrigger", "TimerTrigger", "StartAtTrigger"];

    public static bool IsScheduled(ActivityNode node) => Types.Contains(node.Type, StringComparer.Ordinal);

    /// <summary>The trigger of <paramref name="node"/>, or the problems that keep it from being scheduled.</summary>
    public static (ScheduledTrigger? Trigger, IReadOnlyList<ValidationError> Errors) Read(ActivityNode node)
    {
        var errors = new List<ValidationError>();
        var overlap = node.Literal("AllowOverlap") is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        ScheduledTrigger? trigger = null;
        switch (node.Type)
        {
            case "CronTrigger":
                var expression = node.Literal("Expression")?.ToString() ?? "";
                var zoneId = node.Literal("TimeZone")?.ToString() is { Length: > 0 } z ? z : "UTC";
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
                {
                    errors.Add(new("UnknownTimeZone", $"Time zone '{zoneId}' is unknown; use an IANA id such as 'Europe/Berlin'.", node.Id, "TimeZone"));
                }
                try
                {
                    _ = new CronExpression(expression);
                }
                catch (FormatException e)
                {
                    errors.Add(new("InvalidCron", $"'{expression}' is not a cron expression: {e.Message}", node.Id, "Expression"));
                }
                if (errors.Count == 0)
                {
                    trigger = new(node.Id, node.Type, overlap, () => CronScheduleBuilder.Create(expression).InTimeZone(zone!)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed), null)
                    { Fingerprint = $"cron|{expression}|{zone!.Id}|{overlap}" };
                }
                break;
            case "TimerTrigger":
                if (!TimeSpan.TryParse(node.Literal("Interval")?.ToString(), CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.FromSeconds(1))
                {
                    errors.Add(new("InvalidInterval", "The interval must be a duration of at least one second (hh:mm:ss).", node.Id, "Interval"));
                    break;
                }
                trigger = new(node.Id, node.Type, overlap, () => SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount), null)
                { FirstAfter = interval, Fingerprint = $"timer|{interval.Ticks}|{overlap}" };
                break;
            case "StartAtTrigger":
                if (!DateTimeOffset.TryParse(node.Literal("At")?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                {
                    errors.Add(new("InvalidInstant", "'At' must be a date and time with its offset, e.g. 2026-12-01T06:00:00+01:00.", node.Id, "At"));
                    break;
                }
                trigger = new(node.Id, node.Type, false, () => SimpleScheduleBuilder.Create()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow), at)
                { Fingerprint = $"at|{at.UtcTicks}" };
                break;
        }
        return (trigger, errors);
    }

    /// <summary>For an interval: the first start is one interval after publishing.</summary>
    public TimeSpan? FirstAfter { get; init; }

    /// <summary>What the schedule is made of: a trigger whose fingerprint has not changed is left as Quartz has it.</summary>
    public string Fingerprint { get; init; } = "";

}

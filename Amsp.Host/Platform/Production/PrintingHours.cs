namespace Amsp.Host.Platform.Production;

/// <summary>
/// How long printers printed within a span of time: each job counts from its start to its end (or now, while it
/// prints), cut to the span. Shared by the operations view's per-printer days and the trends' days, so both agree.
/// </summary>
public static class PrintingHours
{
    public readonly record struct Run(DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

    /// <summary>Hours of <paramref name="runs"/> inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static double Within(IEnumerable<Run> runs, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) =>
        runs.Sum(r =>
        {
            var stop = r.EndedAt ?? now;
            var from = r.StartedAt > start ? r.StartedAt : start;
            return Math.Max(0, ((stop < end ? stop : end) - from).TotalHours);
        });

    /// <summary>Hours of the span already past at <paramref name="now"/>: a day still under way counts so far.</summary>
    public static double Elapsed(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) =>
        Math.Max(0, ((now < end ? now : end) - start).TotalHours);

    /// <summary>Printing hours over the hours the printers could have printed, 0 to 1, to four decimals.</summary>
    public static double Share(double printing, double available) =>
        available <= 0 ? 0 : Math.Round(Math.Min(1, printing / available), 4);
}

using Amsp.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Amsp.Host.Platform.Production;

/// <summary>How often printers are asked for their state (<c>Amsp:Printers</c>).</summary>
public sealed class PrinterPollingOptions
{
    public const string Section = "Amsp:Printers";

    /// <summary>Between two rounds of an AM centre. Default 5 seconds; zero turns polling off (tests poll by hand).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>One round over an AM centre's printers; never two of the same centre at once (across nodes, too, on a clustered store).</summary>
[DisallowConcurrentExecution]
internal sealed class PrinterPollJob(PrinterFleet fleet) : IJob
{
    public const string Group = "printer-polls";
    public const string CentreKey = "centreId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.MergedJobDataMap.TryGetValue(CentreKey, out var value) && Guid.TryParse(value as string, out var centre))
        {
            await fleet.PollCentreAsync(centre, cancellationToken);
        }
    }
}

/// <summary>
/// A repeating Quartz job per AM centre with printers, made at start and whenever a round finds a centre without one
/// (a centre that got its first printer).
/// </summary>
internal sealed class PrinterPollScheduling(ISchedulerFactory schedulers, IServiceScopeFactory scopes, IOptions<PrinterPollingOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            await EnsureJobsAsync(interval, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task EnsureJobsAsync(TimeSpan interval, CancellationToken ct)
    {
        List<Guid> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            centres = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Printers.AsNoTracking()
                .Where(p => p.Active).Select(p => p.OrganizationId).Distinct().ToListAsync(ct);
        }
        var scheduler = await schedulers.GetScheduler(ct);
        foreach (var centre in centres)
        {
            var key = new JobKey(centre.ToString(), PrinterPollJob.Group);
            if (await scheduler.Exists(key, ct))
            {
                continue;
            }
            var job = JobBuilder.Create<PrinterPollJob>().WithIdentity(key).UsingJobData(PrinterPollJob.CentreKey, centre.ToString()).Build();
            var trigger = TriggerBuilder.Create(clock).WithIdentity(centre.ToString(), PrinterPollJob.Group).StartAt(clock.GetUtcNow())
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
        }
    }
}

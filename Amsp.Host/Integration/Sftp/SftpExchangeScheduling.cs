using Microsoft.Extensions.Options;
using Quartz;

namespace Amsp.Host.Integration.Sftp;

/// <summary>Schedules the SFTP exchange as one repeating Quartz job (replaced at start, so a changed interval applies).</summary>
internal sealed class SftpExchangeScheduling(ISchedulerFactory schedulers, IOptions<SftpExchangeOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        var scheduler = await schedulers.GetScheduler(stoppingToken);
        if (interval <= TimeSpan.Zero)
        {
            await scheduler.DeleteJob(SftpExchangeJob.Key, stoppingToken);
            return;
        }
        var job = JobBuilder.Create<SftpExchangeJob>().WithIdentity(SftpExchangeJob.Key).Build();
        var trigger = TriggerBuilder.Create(clock).WithIdentity(SftpExchangeJob.Key.Name, SftpExchangeJob.Key.Group).StartAt(clock.GetUtcNow() + interval)
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, stoppingToken);
    }
}

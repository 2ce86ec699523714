using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

public static class WorkflowSchedulingExtensions
{
    /// <summary>
    /// Timers of the engine on Quartz, on the platform's <see cref="TimeProvider"/>. The job store is in memory:
    /// at start every pending timer bookmark is scheduled again from the database, so nothing is lost on restart.
    /// </summary>
    public static IServiceCollection AddAmspWorkflowScheduling(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IWorkflowScheduler, QuartzWorkflowScheduler>());
        services.AddQuartz(q => q.UseInMemoryStore());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<WorkflowRecovery>();
        return services;
    }
}

using Amsp.Host.Persistence;
using Amsp.Host.Workflows.Triggers;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

public static class WorkflowSchedulingExtensions
{
    /// <summary>
    /// Timers of the engine on Quartz, on the platform's <see cref="TimeProvider"/>. On SQLite (one process) the job
    /// store is in memory and every pending timer bookmark is scheduled again from the database at start. On
    /// PostgreSQL and SQL Server the store is Quartz's clustered ADO store in the platform database (its tables come
    /// with our migrations), so each timer fires once across all nodes and survives restarts by itself; a fire held by a
    /// node that dies is run again by a survivor (Quartz's job recovery), and starts and resumes are idempotent, so it
    /// still happens once. Thresholds and intervals: <see cref="WorkflowSchedulingOptions"/>.
    /// </summary>
    public static IServiceCollection AddAmspWorkflowScheduling(this IServiceCollection services, DatabaseTarget database)
    {
        services.Replace(ServiceDescriptor.Singleton<IWorkflowScheduler, QuartzWorkflowScheduler>());
        services.AddQuartz(q =>
        {
            switch (database.Provider)
            {
                case DatabaseProvider.PostgreSql:
                    q.UsePersistentStore(s => s.UsePostgres(database.ConnectionString).UseClustering(_ => { }));
                    break;
                case DatabaseProvider.SqlServer:
                    q.UsePersistentStore(s => s.UseSqlServer(database.ConnectionString).UseClustering(_ => { }));
                    break;
                default:
                    q.UseInMemoryStore();
                    break;
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddOptions<WorkflowSchedulingOptions>().BindConfiguration(WorkflowSchedulingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkflowSchedulingOptions>, WorkflowSchedulingOptionsValidator>();
        // After AddQuartz's own configuration, so these win; one misfire threshold for both stores, so a point behaves
        // the same on SQLite as on a cluster.
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<WorkflowSchedulingOptions>>((q, o) => q.IdleWaitTime = o.Value.IdleWaitTime);
        services.AddOptions<InMemoryJobStoreOptions>().Configure<IOptions<WorkflowSchedulingOptions>>((s, o) => s.MisfireThreshold = o.Value.MisfireThreshold);
        services.AddOptions<AdoJobStoreOptions>().Configure<IOptions<WorkflowSchedulingOptions>>((s, o) => s.MisfireThreshold = o.Value.MisfireThreshold);
        services.AddOptions<ClusteringOptions>().Configure<IOptions<WorkflowSchedulingOptions>>((c, o) =>
        {
            c.CheckinInterval = o.Value.ClusterCheckinInterval;
            c.CheckinMisfireThreshold = o.Value.ClusterCheckinMisfireThreshold;
        });
        services.AddSingleton<TriggerScheduler>();
        services.AddSingleton<IWorkflowPublicationListener>(sp => sp.GetRequiredService<TriggerScheduler>());
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<WorkflowRecovery>(sp, database.Provider == DatabaseProvider.Sqlite));
        services.AddOptions<WorkflowRecoveryOptions>().BindConfiguration("Amsp:Workflows")
            .Validate(o => o.RecoveryPerSecond > 0, "Amsp:Workflows:RecoveryPerSecond must be positive.").ValidateOnStart();
        services.AddHostedService<WorkflowBackgroundRecovery>();
        services.AddOptions<PublicationRefreshOptions>().BindConfiguration("Amsp:Workflows");
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PublicationRefresh>(sp, database.Provider != DatabaseProvider.Sqlite));
        services.AddSingleton<IWorkflowPublicationListener>(sp => sp.GetRequiredService<PublicationRefresh>());
        services.AddHostedService(sp => sp.GetRequiredService<PublicationRefresh>());
        return services;
    }
}

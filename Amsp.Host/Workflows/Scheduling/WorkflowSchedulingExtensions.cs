using Amsp.Host.Persistence;
using Amsp.Host.Workflows.Triggers;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

public static class WorkflowSchedulingExtensions
{
    /// <summary>
    /// Timers of the engine on Quartz, on the platform's <see cref="TimeProvider"/>. On SQLite (one process) the job
    /// store is in memory and every pending timer bookmark is scheduled again from the database at start. On
    /// PostgreSQL and SQL Server the store is Quartz's clustered ADO store in the platform database (its tables come
    /// with our migrations), so each timer fires once across all nodes and survives restarts by itself.
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

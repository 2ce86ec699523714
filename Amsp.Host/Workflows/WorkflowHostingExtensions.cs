using Amsp.Host.Persistence;
using Amsp.Host.Workflows.Folder;
using Amsp.Workflows;

namespace Amsp.Host.Workflows;

public static class WorkflowHostingExtensions
{
    /// <summary>The workflow engine, storing its definitions and instances in the platform's database.</summary>
    public static IServiceCollection AddAmspWorkflows(this IServiceCollection services, DatabaseTarget database)
    {
        services.AddWorkflowEngine(o => o.UseInProcessTimers = false)
            .UseEntityFrameworkCore(options => database.Configure(options, DatabaseContexts.WorkflowMigrationsHistoryTable));
        services.AddWorkflowPolicies();
        services.AddOptions<WorkflowFolderOptions>().BindConfiguration(WorkflowFolderOptions.Section);
        services.AddScoped<WorkflowFolderLoader>();
        services.AddHostedService<WorkflowFolderStartup>();
        return services;
    }

    public static IEndpointRouteBuilder MapAmspWorkflows(this IEndpointRouteBuilder routes)
    {
        routes.MapWorkflowDefinitionsApi();
        routes.MapActivityDescriptorsApi();
        routes.MapWorkflowInstancesApi();
        return routes;
    }
}

using Amsp.Host.Persistence;
using Amsp.Host.Workflows.Folder;
using Amsp.Host.Workflows.Http;
using Amsp.Host.Workflows.Triggers;
using Amsp.Workflows;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Options;

namespace Amsp.Host.Workflows;

public static class WorkflowHostingExtensions
{
    /// <summary>The configuration section of the engine's limits (<see cref="WorkflowLimits"/>), e.g. <c>Amsp:Workflows:Limits:MaxDepth</c>.</summary>
    public const string LimitsSection = "Amsp:Workflows:Limits";

    /// <summary>
    /// The engine as the platform configures it: the host's activities (triggers) and validation rules, timers left to
    /// the host's scheduler, limits from <see cref="LimitsSection"/> (validated at start). In-memory stores until
    /// <see cref="WorkflowEngineBuilder.UseEntityFrameworkCore"/>.
    /// </summary>
    public static WorkflowEngineBuilder AddAmspWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton<IWorkflowValidationRule, ScheduleRule>();
        services.AddSingleton<IWorkflowValidationRule, HttpEndpointRule>();
        return services.AddWorkflowEngine(o =>
        {
            o.UseInProcessTimers = false;
            o.AddActivitiesFrom(typeof(HttpEndpoint).Assembly);
            o.AddActivitiesFrom(typeof(Amsp.Activities.ActivitiesExtensions).Assembly);
        }).Configure((provider, o) => provider.GetService<IConfiguration>()?.GetSection(LimitsSection).Bind(o.Limits));
    }

    /// <summary>The workflow engine, storing its definitions and instances in the platform's database.</summary>
    public static IServiceCollection AddAmspWorkflows(this IServiceCollection services, DatabaseTarget database)
    {
        services.AddAmspWorkflowEngine()
            .UseEntityFrameworkCore(options => database.Configure(options, DatabaseContexts.WorkflowMigrationsHistoryTable));
        services.AddWorkflowPolicies();
        services.AddOptions<WorkflowFolderOptions>().BindConfiguration(WorkflowFolderOptions.Section);
        services.AddScoped<WorkflowFolderLoader>();
        services.AddHostedService<WorkflowFolderStartup>();
        services.AddSingleton<ResumeTokens>();
        services.AddSingleton<HttpRoutes>();
        services.AddSingleton<IWorkflowPublicationListener>(sp => sp.GetRequiredService<HttpRoutes>());
        return services;
    }

    public static IEndpointRouteBuilder MapAmspWorkflows(this IEndpointRouteBuilder routes)
    {
        routes.MapWorkflowDefinitionsApi();
        routes.MapActivityDescriptorsApi();
        routes.MapWorkflowInstancesApi();
        routes.MapInstanceViewsApi();
        routes.MapWorkflowRunsApi();
        routes.MapHttpTriggers();
        return routes;
    }
}

using Amsp.Workflows.Definitions;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Options;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Persistence.InMemory;
using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Amsp.Workflows;

/// <summary>Registration of the workflow engine.</summary>
public static class WorkflowEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine: runtime, definition lifecycle and validator, activity registry (built-ins plus
    /// <see cref="WorkflowEngineOptions.ActivityAssemblies"/>), expression evaluators, in-process instance
    /// locks, timers, and in-memory stores (switch with <see cref="WorkflowEngineBuilder.UseEntityFrameworkCore"/>).
    /// </summary>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static WorkflowEngineBuilder AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new WorkflowEngineOptions();
        configure?.Invoke(options);
        var errors = options.Validate();
        if (errors.Count > 0) throw new OptionsValidationException(nameof(WorkflowEngineOptions), typeof(WorkflowEngineOptions), errors);
        services.TryAddSingleton(Microsoft.Extensions.Options.Options.Create(options));

        services.TryAddSingleton(TimeProvider.System);
        // The runtime's meter ("Amsp.Workflows") comes from the container's IMeterFactory.
        services.AddMetrics();
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.TryAddSingleton(_ => new ActivityRegistry(options.ActivityAssemblies));
        services.TryAddSingleton(options.JavaScript);
        services.TryAddSingleton<JavaScriptEvaluator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, LiteralEvaluator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, VariableEvaluator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, JavaScriptEvaluator>(sp => sp.GetRequiredService<JavaScriptEvaluator>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, LiquidEvaluator>());
        services.TryAddSingleton<ExpressionEvaluator>();
        services.TryAddSingleton<WorkflowValidator>();
        services.TryAddSingleton<WorkflowDefinitionService>();
        services.TryAddSingleton<IInstanceLockProvider, InProcessInstanceLockProvider>();
        if (options.UseInProcessTimers) services.TryAddSingleton<IWorkflowScheduler, InProcessWorkflowScheduler>();
        else services.TryAddSingleton<IWorkflowScheduler, ManualWorkflowScheduler>();
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        services.TryAddSingleton<IWorkflowInstanceStore, InMemoryWorkflowInstanceStore>();
        services.TryAddSingleton<WorkflowRuntime>();
        return new WorkflowEngineBuilder(services, options);
    }
}

/// <summary>Further configuration of the engine's registration.</summary>
public sealed class WorkflowEngineBuilder
{
    private readonly WorkflowEngineOptions _options;

    internal WorkflowEngineBuilder(IServiceCollection services, WorkflowEngineOptions options)
    {
        Services = services;
        _options = options;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Configures the options once the container is built, from its services (a host's configuration, say), and
    /// validates them again then: the first resolution of the engine throws <see cref="OptionsValidationException"/>
    /// listing every problem.
    /// </summary>
    public WorkflowEngineBuilder Configure(Action<IServiceProvider, WorkflowEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = _options;
        Services.Replace(ServiceDescriptor.Singleton<IOptions<WorkflowEngineOptions>>(services =>
        {
            configure(services, options);
            var errors = options.Validate();
            if (errors.Count > 0) throw new OptionsValidationException(nameof(WorkflowEngineOptions), typeof(WorkflowEngineOptions), errors);
            return Microsoft.Extensions.Options.Options.Create(options);
        }));
        return this;
    }

    /// <summary>
    /// Stores definitions, instances, bookmarks, journal and incidents with EF Core in
    /// <see cref="WorkflowDbContext"/> (SQLite, PostgreSQL or SQL Server, as <paramref name="configure"/> says).
    /// Registers a pooled <see cref="IDbContextFactory{WorkflowDbContext}"/>.
    /// </summary>
    public WorkflowEngineBuilder UseEntityFrameworkCore(Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddPooledDbContextFactory<WorkflowDbContext>(configure);
        Services.Replace(ServiceDescriptor.Singleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>());
        Services.Replace(ServiceDescriptor.Singleton<IWorkflowInstanceStore, EfWorkflowInstanceStore>());
        return this;
    }
}

using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Options;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Workflows.Tests.TestSupport;

/// <summary>An engine on a fake clock, with in-memory stores or a SQLite file.</summary>
internal sealed class TestEngine : IAsyncDisposable
{
    private TestEngine(ServiceProvider services)
    {
        Services = services;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();

    public IWorkflowInstanceStore Instances => Services.GetRequiredService<IWorkflowInstanceStore>();

    public Recorder Recorder => Services.GetRequiredService<Recorder>();

    public static TestEngine InMemory(Action<WorkflowEngineOptions>? configure = null, Recorder? recorder = null, FakeTimeProvider? clock = null,
        Action<IServiceCollection>? configureServices = null) =>
        Create(configure, recorder, clock, null, configureServices);

    public static TestEngine Sqlite(string path, Action<WorkflowEngineOptions>? configure = null, Recorder? recorder = null, FakeTimeProvider? clock = null)
    {
        var engine = Create(configure, recorder, clock, db => db.UseSqlite($"Data Source={path};Pooling=True"));
        using var context = engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        context.Database.EnsureCreated();
        context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        return engine;
    }

    private static TestEngine Create(Action<WorkflowEngineOptions>? configure, Recorder? recorder, FakeTimeProvider? clock, Action<DbContextOptionsBuilder>? database,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(recorder ?? new Recorder());
        var builder = services.AddWorkflowEngine(o =>
        {
            o.UseInProcessTimers = false;
            o.AddActivitiesFrom(typeof(TestEngine).Assembly);
            configure?.Invoke(o);
        });
        if (database is not null) builder.UseEntityFrameworkCore(database);
        return new TestEngine(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>Saves and publishes a definition; returns the published version.</summary>
    public async Task<WorkflowDefinition> PublishAsync(WorkflowDefinition definition)
    {
        await Definitions.SaveDraftAsync(definition);
        return await Definitions.PublishAsync(definition.DefinitionId);
    }

    public async Task<WorkflowRunResult> RunAsync(Flow flow, StartWorkflowOptions? options = null)
    {
        var definition = await PublishAsync(flow.Build());
        return await Runtime.StartAsync(definition.DefinitionId, options);
    }

    public async Task<WorkflowInstance> InstanceAsync(string id) => (await Instances.FindAsync(id))!;

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>A temporary directory for SQLite files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("amsp-wf-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open by a pool is cleaned with the temp folder.
        }
    }
}

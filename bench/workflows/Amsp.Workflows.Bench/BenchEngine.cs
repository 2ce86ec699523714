using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence.EntityFramework;
using Amsp.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Workflows.Bench;

/// <summary>An engine for a benchmark: in memory, or on a SQLite file in WAL mode.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _checkpointer = Task.CompletedTask;

    private BenchEngine(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();

    public static BenchEngine InMemory() => Create(null);

    /// <summary>
    /// A SQLite file in WAL mode. With <paramref name="backgroundCheckpoints"/> (the default, and the set-up we
    /// recommend to the host), WAL checkpoints run every second on their own connection instead of inline in
    /// whichever commit crosses SQLite's 1,000-page threshold.
    /// </summary>
    public static BenchEngine Sqlite(string path, bool backgroundCheckpoints = true)
    {
        var connectionString = $"Data Source={path};Pooling=True";
        var engine = Create(db => db.UseSqlite(connectionString), backgroundCheckpoints);
        using (var context = engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext())
        {
            context.Database.EnsureCreated();
            context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        if (backgroundCheckpoints) engine._checkpointer = CheckpointAsync(connectionString, engine._stop.Token);
        return engine;
    }

    private static async Task CheckpointAsync(string connectionString, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(stop);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await command.ExecuteNonQueryAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the engine.
        }
    }

    private static BenchEngine Create(Action<DbContextOptionsBuilder>? database, bool backgroundCheckpoints = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddWorkflowEngine(o => o.UseInProcessTimers = false);
        if (database is not null)
        {
            // synchronous=NORMAL is SQLite's recommended setting with WAL: durable at checkpoints, fast commits.
            builder.UseEntityFrameworkCore(db => database(db.AddInterceptors(new SqlitePragmas(backgroundCheckpoints))));
        }
        return new BenchEngine(services.BuildServiceProvider());
    }

    public async Task<WorkflowDefinition> PublishAsync(WorkflowDefinition definition)
    {
        await Definitions.SaveDraftAsync(definition);
        return await Definitions.PublishAsync(definition.DefinitionId);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _checkpointer;
        _stop.Dispose();
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>The benchmark flowcharts.</summary>
internal static class BenchFlows
{
    /// <summary>Ten activities, no I/O: Start, eight SetVariable (literal, variable, Liquid) and a Decision, End.</summary>
    public static WorkflowDefinition TenActivities(string definitionId, bool javaScriptDecision)
    {
        var d = new WorkflowDefinition { DefinitionId = definitionId, Name = definitionId };
        d.Variables = [new() { Name = "a" }, new() { Name = "b" }, new() { Name = "c" }, new() { Name = "d" }];
        d.Outputs = [new() { Name = "d" }];
        Add(d, "start", "Start");
        Add(d, "s1", "SetVariable", ("Variable", Expression.Literal("a")), ("Value", Expression.Literal(2)));
        Add(d, "s2", "SetVariable", ("Variable", Expression.Literal("b")), ("Value", Expression.Variable("a")));
        Add(d, "s3", "SetVariable", ("Variable", Expression.Literal("c")), ("Value", Expression.Literal(new JsonObject { ["part"] = "gear", ["qty"] = 3 })));
        Add(d, "decide", "Decision", ("Condition", javaScriptDecision ? Expression.JavaScript("variables.a > 1") : Expression.Literal(true)));
        Add(d, "s4", "SetVariable", ("Variable", Expression.Literal("d")), ("Value", Expression.Literal("yes")));
        Add(d, "s5", "SetVariable", ("Variable", Expression.Literal("d")), ("Value", Expression.Literal("no")));
        Add(d, "s6", "SetVariable", ("Variable", Expression.Literal("a")), ("Value", Expression.Literal(3)));
        Add(d, "s7", "SetVariable", ("Variable", Expression.Literal("b")), ("Value", Expression.Literal(4)));
        Add(d, "end", "End");
        Connect(d, "start", "s1"); Connect(d, "s1", "s2"); Connect(d, "s2", "s3"); Connect(d, "s3", "decide");
        Connect(d, "decide", "s4", "True"); Connect(d, "decide", "s5", "False");
        Connect(d, "s4", "s6"); Connect(d, "s5", "s6"); Connect(d, "s6", "s7"); Connect(d, "s7", "end");
        return d;
    }

    /// <summary>Start, WaitForSignal, two SetVariable, End: for resume latency.</summary>
    public static WorkflowDefinition Approval(string definitionId)
    {
        var d = new WorkflowDefinition { DefinitionId = definitionId, Name = definitionId, Variables = [new() { Name = "x" }] };
        Add(d, "start", "Start");
        Add(d, "wait", "WaitForSignal", ("Signal", Expression.Literal("approved")));
        Add(d, "s1", "SetVariable", ("Variable", Expression.Literal("x")), ("Value", Expression.Literal(1)));
        Add(d, "s2", "SetVariable", ("Variable", Expression.Literal("x")), ("Value", Expression.Literal(2)));
        Add(d, "end", "End");
        Connect(d, "start", "wait"); Connect(d, "wait", "s1"); Connect(d, "s1", "s2"); Connect(d, "s2", "end");
        return d;
    }

    private static void Add(WorkflowDefinition d, string id, string type, params (string Name, Expression Value)[] inputs) =>
        d.Root.Activities.Add(new ActivityNode { Id = id, Type = type, Inputs = inputs.ToDictionary(i => i.Name, i => i.Value) });

    private static void Connect(WorkflowDefinition d, string from, string to, string outcome = "Done") =>
        d.Root.Connections.Add(new Connection { Source = new() { Activity = from, Outcome = outcome }, Target = new() { Activity = to } });
}

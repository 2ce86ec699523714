using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence.EntityFramework;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>
/// One node of a cluster in this process: the real host on PostgreSQL through its own <see cref="PostgresProxy"/> (so it
/// can be killed), on a clock it shares with the other nodes. Quartz's clustered store runs as shipped, on that clock,
/// with short intervals: a node checks in every second and is taken for dead 30 s after its last check-in; points up to
/// five minutes late fire as themselves.
/// </summary>
public sealed class ClusterHost : AmspHostFixture
{
    private readonly PostgresProxy _proxy;
    private readonly FakeTimeProvider _clock;
    private readonly NodeGate? _gate;

    public ClusterHost(string name, string connectionString, FakeTimeProvider clock, FireGate? gate)
    {
        Name = name;
        _proxy = new PostgresProxy(connectionString);
        _clock = clock;
        _gate = gate?.For(name);
    }

    public string Name { get; }

    /// <summary>Starts the host and its scheduler; the node's gate listens to its Quartz jobs.</summary>
    public async Task StartAsync()
    {
        using var _ = CreateClient();
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        if (_gate is not null) scheduler.ListenerManager.AddJobListener(_gate, []);
    }

    /// <summary>Cuts the node off the database, as a kill -9 does (its in-process remains can no longer act).</summary>
    public void Kill()
    {
        IsKilled = true;
        _proxy.Kill();
    }

    public bool IsKilled { get; private set; }

    /// <summary>The node's id in Quartz's cluster (its row in <c>qrtz_scheduler_state</c>).</summary>
    public async Task<string> SchedulerInstanceIdAsync() =>
        (await Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).SchedulerInstanceId;

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Saves and publishes a definition through this node (its triggers go to the shared Quartz store).</summary>
    public Task PublishAsync(JsonObject definition) => RunAsync(async services =>
    {
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var saved = await definitions.SaveDraftAsync(WorkflowJson.Deserialize(definition.ToJsonString()));
        return await definitions.PublishAsync(saved.DefinitionId);
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production"); // no demo users to hash passwords for: a node starts in moments
        builder.UseSetting("Amsp:Database:Provider", "PostgreSql");
        builder.UseSetting("Amsp:Database:ConnectionString", _proxy.ConnectionString);
        builder.UseSetting("Amsp:Workflows:RefreshInterval", "00:00:00");
        builder.UseSetting("Amsp:Workflows:Scheduling:IdleWaitTime", "00:00:01");
        builder.UseSetting("Amsp:Workflows:Scheduling:ClusterCheckinInterval", "00:00:01");
        builder.UseSetting("Amsp:Workflows:Scheduling:ClusterCheckinMisfireThreshold", "00:00:30");
        builder.UseSetting("Amsp:Workflows:Scheduling:MisfireThreshold", "00:05:00");
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
            // Misfires are looked for every quarter second of real time, not once per threshold.
            services.Configure<AdoJobStoreOptions>(o => o.MisfireHandlerFrequency = TimeSpan.FromMilliseconds(250));
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
            // A killed node's held job can never finish: stopping must not wait for it.
            services.Configure<QuartzHostedServiceOptions>(o => o.WaitForJobsToComplete = false);
            if (_gate is not null) services.ConfigureDbContext<WorkflowDbContext>(o => o.AddInterceptors(_gate));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        var stopping = base.DisposeAsync().AsTask();
        if (IsKilled)
        {
            // A killed node's scheduler retries the database work it lost for ever, and Quartz's stop waits for that: the
            // dead node gets a few seconds to stop and is then left behind, as the process of a crashed node would be.
            try
            {
                await stopping.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                _ = stopping.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            }
        }
        else
        {
            await stopping;
        }
        await _proxy.DisposeAsync();
    }
}

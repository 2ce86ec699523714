using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Workflows.Scheduling;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue point 2, after the restart: the host is ready first, and interrupted instances run on in the background at a bounded rate.</summary>
public sealed class RecoveryAfterRestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("amsp-restart-").FullName;

    private sealed class Node(string databaseFile) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:Database:ConnectionString", $"Data Source={databaseFile}");
            builder.UseSetting("Amsp:Workflows:RecoveryPerSecond", "1");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task After_a_crash_left_many_instances_running_the_host_is_ready_at_once_and_recovers_them_in_the_background()
    {
        var database = Path.Combine(_directory, "amsp.db");
        const int interrupted = 25;
        var id = $"job-{Guid.NewGuid():N}";
        await using (var before = new Node(database))
        {
            await before.PublishAsync(CountingLoop(id, 3));
            var store = before.Services.GetRequiredService<IWorkflowInstanceStore>();
            var version = (await before.Services.GetRequiredService<IWorkflowDefinitionStore>().FindPublishedAsync(id))!;
            var now = TimeProvider.System.GetUtcNow();
            for (var i = 0; i < interrupted; i++)
            {
                // As a crash leaves an instance between commits: Running, its next activity queued.
                await store.CommitAsync(new InstanceCommit
                {
                    IsNew = true,
                    Instance = new WorkflowInstance
                    {
                        Id = $"{id}-{i:D2}", DefinitionId = id, DefinitionVersionId = version.Id, DefinitionVersion = version.Version,
                        Status = WorkflowStatus.Running, CreatedAt = now, UpdatedAt = now,
                        State = new InstanceState { Variables = new() { ["i"] = 0 }, Queue = [new WorkItem { ExecutionId = $"x{i}", ActivityId = "start" }] },
                    },
                });
            }
        }

        await using var after = new Node(database);
        await after.AssertReadyAsync();
        var recovery = after.Services.GetServices<IHostedService>().OfType<WorkflowBackgroundRecovery>().Single();
        // One a second: 25 instances take at least 24 seconds, far longer than a start on a loaded machine, and readiness did not wait for them.
        Assert.False(recovery.ExecuteTask!.IsCompleted);

        await recovery.ExecuteTask.WaitAsync(TimeSpan.FromMinutes(2));
        using var operatorClient = await after.CreateClientAsAsync(AmspRoles.Operator);
        var instances = await operatorClient.InstancesOfAsync(id);
        Assert.Equal(interrupted, instances.Count);
        Assert.All(instances, i => Assert.Equal("Finished", i.GetProperty("status").GetString()));
        var one = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{id}-00");
        Assert.Equal(3, one.GetProperty("variables").GetProperty("i").GetInt32());
        await after.AssertReadyAsync();
    }
}

using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Amsp.Host.Tests.Workflows;

[Trait("Category", "PostgreSql")]
public sealed class ClusteredSchedulerTests
{
    private sealed class PostgreSqlHost(string connectionString) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:Database:Provider", "PostgreSql");
            builder.UseSetting("Amsp:Database:ConnectionString", connectionString);
        }
    }

    [SkippableFact]
    public async Task On_postgresql_timers_live_in_the_clustered_quartz_store_created_by_our_migrations()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        string bookmarkId;
        await using (var host = new PostgreSqlHost(database.ConnectionString))
        {
            using var client = host.CreateClient();
            var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
            var started = await runtime.StartAsync("design-review", new StartWorkflowOptions { Input = new() { ["modelName"] = "bracket.stl" } });
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            bookmarkId = (await host.Services.GetRequiredService<IWorkflowInstanceStore>().ListBookmarksAsync(started.InstanceId))
                .Single(b => b.DueAt is not null).Id;
        }

        // The host is gone; its timer is still in the database, for whichever node fires it.
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT trigger_group FROM qrtz_triggers WHERE trigger_name = @name", connection);
        command.Parameters.AddWithValue("name", bookmarkId);
        Assert.Equal("workflow-timers", (string?)await command.ExecuteScalarAsync());
    }
}

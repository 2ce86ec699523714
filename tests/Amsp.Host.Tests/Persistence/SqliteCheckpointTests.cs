using Amsp.Host.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Workflows.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Amsp.Host.Tests.Persistence;

/// <summary>The server's SQLite commits never checkpoint inline: the log is copied in the background on the clock.</summary>
public sealed class SqliteCheckpointTests
{
    private static async Task<long> PragmaAsync(IServiceProvider services, string pragma)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Server_connections_leave_checkpoints_to_the_background_and_keep_synchronous_normal()
    {
        await using var host = new FakeClockHostFixture();
        Assert.Equal(0, await PragmaAsync(host.Services, "wal_autocheckpoint"));
        Assert.Equal(1, await PragmaAsync(host.Services, "synchronous"));
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>());
    }

    [Fact]
    public async Task The_log_is_copied_into_the_database_on_the_interval_and_truncated_at_stop()
    {
        var host = new FakeClockHostFixture();
        var checkpointer = host.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();
        var wal = Path.Combine(host.DataDirectory, "amsp.db-wal");
        var checkpointed = new TaskCompletionSource<SqliteCheckpointer.CheckpointResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        checkpointer.Checkpointed += result => checkpointed.TrySetResult(result);
        Assert.True(new FileInfo(wal).Length > 0, "the migrations at start wrote to the log");

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var result = await checkpointed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(result.Busy);
        Assert.True(result.LogFrames > 0);
        Assert.Equal(result.LogFrames, result.CheckpointedFrames);
        await host.DisposeAsync();
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0);
    }

    [Fact]
    public void Command_line_targets_keep_sqlite_automatic_checkpoints()
    {
        var target = DatabaseTarget.From(new DatabaseOptions(), new Amsp.Host.Hosting.AmspPaths(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
        Assert.False(target.BackgroundCheckpoints);
        Assert.True(new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=:memory:").IsInMemory);
        Assert.False(new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=x.db").IsInMemory);
    }
}

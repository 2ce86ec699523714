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
        // SQLite's busy handler retries a locked file within the command timeout (30 s by default).
        Assert.Equal(30_000, await PragmaAsync(host.Services, "busy_timeout"));
        Assert.Single(host.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>());
    }

    [Fact]
    public async Task The_log_is_copied_into_the_database_on_the_interval()
    {
        await using var host = new FakeClockHostFixture();
        var checkpointer = host.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();
        var wal = Path.Combine(host.DataDirectory, "amsp.db-wal");
        var checkpointed = new TaskCompletionSource<SqliteCheckpointer.CheckpointResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        checkpointer.Checkpointed += result => checkpointed.TrySetResult(result);
        Assert.True(new FileInfo(wal).Length > 0, "the migrations at start wrote to the log");

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var result = await checkpointed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Frames a background reader of the host still sees (the key ring, say) may wait for the next interval.
        Assert.False(result.Busy);
        Assert.InRange(result.CheckpointedFrames, 1, result.LogFrames);
    }

    [Fact]
    public async Task A_log_past_the_limit_starts_over_at_the_next_commit()
    {
        await using var host = new FakeClockHostFixture();
        var checkpointer = host.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();
        await ExecuteAsync(host.Services, "CREATE TABLE filler (v BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) INSERT INTO filler SELECT randomblob(4000) FROM n;");
        var before = await checkpointer.CheckpointAsync("PASSIVE", CancellationToken.None);
        Assert.True(before.LogFrames > 600, $"{before.LogFrames} frames in the log");

        var copied = await checkpointer.StartLogOverAsync(before, CancellationToken.None);
        Assert.Equal(copied.LogFrames, copied.CheckpointedFrames);
        await ExecuteAsync(host.Services, "INSERT INTO filler VALUES (x'01');");
        var after = await checkpointer.CheckpointAsync("PASSIVE", CancellationToken.None);

        // The commit after the copy wrote from the start of the log again: its few frames are all the log holds.
        Assert.InRange(after.LogFrames, 1, 10);
    }

    private static async Task ExecuteAsync(IServiceProvider services, string sql)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task A_truncating_checkpoint_copies_the_whole_log_and_empties_it()
    {
        var folder = Directory.CreateTempSubdirectory("amsp-checkpoint-").FullName;
        try
        {
            var file = Path.Combine(folder, "log.db");
            // The writer stays open (idle): closing the last connection would checkpoint and remove the log itself.
            await using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            await writer.OpenAsync();
            await using (var command = writer.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (v BLOB); INSERT INTO t VALUES (randomblob(100000));";
                await command.ExecuteNonQueryAsync();
            }
            Assert.True(new FileInfo(file + "-wal").Length > 100_000);
            var checkpointer = new SqliteCheckpointer(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False"),
                Microsoft.Extensions.Options.Options.Create(new DatabaseOptions()), TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointer>.Instance);

            var result = await checkpointer.CheckpointAsync("TRUNCATE", CancellationToken.None);

            Assert.False(result.Busy);
            Assert.Equal(result.LogFrames, result.CheckpointedFrames);
            Assert.Equal(0, new FileInfo(file + "-wal").Length);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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

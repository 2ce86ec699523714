using System.Collections.Concurrent;
using System.Globalization;
using Amsp.Workflows.Persistence.EntityFramework;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Win32.SafeHandles;

namespace Amsp.Host.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file in the background, on the interval of
/// <see cref="DatabaseOptions.CheckpointInterval"/>, so that no commit does it inline (the server's connections
/// run with <c>wal_autocheckpoint=0</c>). A passive checkpoint never blocks writers. At stop the log is truncated.
/// </summary>
/// <remarks>
/// Under a steady stream of commits the log never starts over by itself: SQLite writes from its beginning again only
/// when a commit begins with every frame already copied, and commits keep appending while a checkpoint copies. Past
/// <see cref="DatabaseOptions.CheckpointLogLimitPages"/> the checkpointer therefore copies the log twice more while
/// commits go on (each pass copies what was written during the one before, so they get shorter), syncs both files,
/// and copies the rest between two workflow commits (<see cref="EfWorkflowInstanceStore.BetweenCommitsAsync{T}"/>):
/// the next commit then finds the log fully copied and starts it over. Workflow commits wait only for that last short
/// copy, not for a whole checkpoint. A <c>RESTART</c> checkpoint, which waits for every writer and reader, is the
/// fallback once the log is four times the limit (readers or another process kept it from starting over).
/// </remarks>
internal sealed partial class SqliteCheckpointer(
    DatabaseTarget target, IOptions<DatabaseOptions> options, TimeProvider clock, ILogger<SqliteCheckpointer> logger,
    IDbContextFactory<WorkflowDbContext>? workflows = null) : BackgroundService
{
    /// <summary>Log size, in multiples of the limit, past which a blocking restart checkpoint is used.</summary>
    private const int RestartAtLimits = 4;

    /// <summary>The database file's handle for syncing it outside SQLite; never closed (see <see cref="SyncFile"/>).</summary>
    private static readonly ConcurrentDictionary<string, SafeFileHandle> DatabaseFiles = new(StringComparer.Ordinal);

    /// <summary>After each checkpoint on the interval: frames in the log, frames copied.</summary>
    internal event Action<CheckpointResult>? Checkpointed;

    internal readonly record struct CheckpointResult(bool Busy, long LogFrames, long CheckpointedFrames);

    /// <summary>One checkpoint of the given mode (PASSIVE, RESTART or TRUNCATE).</summary>
    internal async Task<CheckpointResult> CheckpointAsync(string mode, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var timeout = connection.CreateCommand())
        {
            // A restart checkpoint waits for the writer and readers through SQLite's busy handler.
            timeout.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={target.CommandTimeoutSeconds * 1000};");
            await timeout.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = mode switch
        {
            "PASSIVE" => "PRAGMA wal_checkpoint(PASSIVE);",
            "RESTART" => "PRAGMA wal_checkpoint(RESTART);",
            "TRUNCATE" => "PRAGMA wal_checkpoint(TRUNCATE);",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "PASSIVE, RESTART or TRUNCATE."),
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CheckpointResult(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var result = await CheckpointAsync("PASSIVE", stoppingToken);
                    if (result.LogFrames > options.Value.CheckpointLogLimitPages)
                    {
                        result = await StartLogOverAsync(result, stoppingToken);
                    }
                    Checkpointed?.Invoke(result);
                }
                catch (SqliteException ex)
                {
                    // Busy or briefly unavailable: the next tick tries again; the log only grows meanwhile.
                    LogFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Lets a log past the limit start over with workflow commits paused only for a short copy (see the remarks on
    /// the class); a blocking restart checkpoint once the log is <see cref="RestartAtLimits"/> times the limit.
    /// </summary>
    internal async Task<CheckpointResult> StartLogOverAsync(CheckpointResult passive, CancellationToken cancellationToken)
    {
        var limit = (long)options.Value.CheckpointLogLimitPages;
        if (passive.LogFrames > limit * RestartAtLimits || workflows is null)
        {
            LogRestart(logger, passive.LogFrames);
            return await CheckpointAsync("RESTART", cancellationToken);
        }
        await CheckpointAsync("PASSIVE", cancellationToken);
        await CheckpointAsync("PASSIVE", cancellationToken);
        // A checkpoint that copies the whole log syncs the database file, and the log before it: do both here first,
        // while commits go on, so that the copy between two commits has almost nothing left to sync.
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource);
        try
        {
            SyncFile(file);
            SyncLog(file + "-wal");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only an optimisation: the copy between commits then syncs what is left itself.
            LogSyncAheadFailed(logger, file, ex);
        }
        await using var db = await workflows.CreateDbContextAsync(cancellationToken);
        return await EfWorkflowInstanceStore.BetweenCommitsAsync(db, c => CheckpointAsync("PASSIVE", c), cancellationToken);
    }

    /// <summary>
    /// Syncs the database file through a handle of its own. The handle stays open for the life of the process: closing
    /// any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included.
    /// </summary>
    private static void SyncFile(string path)
    {
        var handle = DatabaseFiles.GetOrAdd(path, p => File.OpenHandle(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        RandomAccess.FlushToDisk(handle);
    }

    /// <summary>Syncs the log through a handle of its own; SQLite takes no locks on the log file itself.</summary>
    private static void SyncLog(string path)
    {
        if (!File.Exists(path)) return;
        using var log = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(log);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await CheckpointAsync("TRUNCATE", cancellationToken);
        }
        catch (SqliteException ex)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The SQLite log holds {Frames} frames and did not start over; restarting it, which waits for every writer and reader")]
    private static partial void LogRestart(ILogger logger, long frames);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sync {File} ahead of the copy between commits; that copy syncs it instead")]
    private static partial void LogSyncAheadFailed(ILogger logger, string file, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite checkpoint failed; the next interval tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

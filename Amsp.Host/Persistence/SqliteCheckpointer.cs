using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log into the database file in the background, on the interval of
/// <see cref="DatabaseOptions.CheckpointInterval"/>, so that no commit does it inline (the server's connections
/// run with <c>wal_autocheckpoint=0</c>). A passive checkpoint never blocks writers; when the log has still grown
/// past <see cref="DatabaseOptions.CheckpointLogLimitPages"/> (readers kept it from being reused), a restart checkpoint
/// waits for the writer once so that the log starts over. At stop the log is truncated.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    DatabaseTarget target, IOptions<DatabaseOptions> options, TimeProvider clock, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>After each checkpoint on the interval: frames in the log, frames copied.</summary>
    internal event Action<CheckpointResult>? Checkpointed;

    internal readonly record struct CheckpointResult(bool Busy, long LogFrames, long CheckpointedFrames);

    /// <summary>One checkpoint of the given mode (PASSIVE, RESTART or TRUNCATE).</summary>
    internal async Task<CheckpointResult> CheckpointAsync(string mode, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
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
                        LogRestart(logger, result.LogFrames);
                        result = await CheckpointAsync("RESTART", stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The SQLite log holds {Frames} frames after a passive checkpoint; restarting it")]
    private static partial void LogRestart(ILogger logger, long frames);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite checkpoint failed; the next interval tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

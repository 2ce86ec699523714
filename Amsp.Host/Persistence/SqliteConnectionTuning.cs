using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amsp.Host.Persistence;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection, SQLite's recommendation with WAL: a commit no longer waits
/// for an fsync of the log, which made every workflow commit (one per HTTP-started instance) wait on the disk.
/// An application crash loses nothing; a power cut can lose the last commits, never the database.
/// </summary>
/// <remarks>
/// <para>
/// In the server, checkpoints move off the commit path: <c>wal_autocheckpoint=0</c> here and
/// <see cref="SqliteCheckpointer"/> in the background. Otherwise the commit that crosses SQLite's threshold copies
/// the log into the database and syncs it while every other writer waits behind it.
/// The pragmas belong to the native connection, which the pool keeps open between uses: it is set the first time a
/// native connection is opened, not on every open (that cost a statement per query).
/// </para>
/// <para>
/// <c>busy_timeout</c> is the command timeout: a connection that finds the file locked (another process writing, or a
/// checkpoint restarting the log) is retried by SQLite's own busy handler, which sleeps 1, 2, 5, 10 ms and so on.
/// Without it Microsoft.Data.Sqlite retries on its own with a fixed 150 ms sleep, which turned every brief lock into
/// a 150 ms stall of the workflow writer.
/// </para>
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SqliteConnectionTuning> Shared = new(StringComparer.Ordinal);

    /// <summary>The tuning for connections of <paramref name="target"/>; one instance per set of pragmas.</summary>
    public static SqliteConnectionTuning For(DatabaseTarget target)
    {
        var pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={target.CommandTimeoutSeconds * 1000};{(target.BackgroundCheckpoints ? " PRAGMA wal_autocheckpoint=0;" : "")}");
        return Shared.GetOrAdd(pragmas, p => new SqliteConnectionTuning(p));
    }

    private readonly string _pragmas;

    private SqliteConnectionTuning(string pragmas) => _pragmas = pragmas;

    private readonly ConditionalWeakTable<object, object> _tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsTuning(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        MarkTuned(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsTuning(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkTuned(connection);
    }

    private bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_tuned.TryGetValue(handle, out _);

    private void MarkTuned(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) _tuned.AddOrUpdate(handle, _pragmas);
    }
}

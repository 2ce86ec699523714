using System.Data.Common;
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
/// In the server, checkpoints move off the commit path: <c>wal_autocheckpoint=0</c> here and
/// <see cref="SqliteCheckpointer"/> in the background. Otherwise the commit that crosses SQLite's threshold copies
/// the log into the database and syncs it while every other writer waits behind it.
/// The pragmas belong to the native connection, which the pool keeps open between uses: it is set the first time a
/// native connection is opened, not on every open (that cost a statement per query).
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static SqliteConnectionTuning Default { get; } = new("PRAGMA synchronous=NORMAL;");

    public static SqliteConnectionTuning WithoutAutomaticCheckpoints { get; } = new("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;");

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

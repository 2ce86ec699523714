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
/// The pragma belongs to the native connection, which the pool keeps open between uses: it is set the first time a
/// native connection is opened, not on every open (that cost a statement per query).
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static SqliteConnectionTuning Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsTuning(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkTuned(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsTuning(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkTuned(connection);
    }

    private static bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Tuned.TryGetValue(handle, out _);

    private static void MarkTuned(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Tuned.AddOrUpdate(handle, Pragmas);
    }
}

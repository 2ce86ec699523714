using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amsp.Host.Persistence;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection, SQLite's recommendation with WAL: a commit no longer waits
/// for an fsync of the log, which made every workflow commit (one per HTTP-started instance) wait on the disk.
/// An application crash loses nothing; a power cut can lose the last commits, never the database.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public static SqliteConnectionTuning Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amsp.Workflows.Bench;

/// <summary>
/// Sets <c>synchronous=NORMAL</c> (SQLite's recommendation with WAL) on every opened connection and, with
/// background checkpoints, turns off the automatic checkpoint that a committing connection otherwise runs inline.
/// </summary>
internal sealed class SqlitePragmas(bool backgroundCheckpoints) : DbConnectionInterceptor
{
    private readonly string extra = backgroundCheckpoints ? "PRAGMA wal_autocheckpoint=0;" : "";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;" + extra;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;" + extra;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

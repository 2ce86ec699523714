using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Persistence;

/// <summary>Brings the configured database to the latest migration of every context.</summary>
public sealed partial class DatabaseMigrator(DatabaseTarget target, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFile();
        }
        foreach (var context in DatabaseContexts.All)
        {
            await using var db = context.Create(target);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }
            LogApplying(logger, pending.Count, context.Name, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    // The file's folder must exist before SQLite can create it; WAL lets readers run beside the one writer
    // and is a property of the file, so setting it once is enough.
    private void PrepareSqliteFile()
    {
        if (target.IsInMemory)
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Context} tables: {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, string context, IReadOnlyList<string> migrations);
}

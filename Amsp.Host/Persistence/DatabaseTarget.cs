using Amsp.Host.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Persistence;

/// <summary>
/// One provider and connection string, and how every context of the platform is configured on them:
/// the provider's migrations assembly under <c>database/</c> and a history table per context.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, int CommandTimeoutSeconds = 30)
{
    /// <summary>
    /// SQLite only: connections leave WAL checkpoints to <see cref="SqliteCheckpointer"/> (the server sets this)
    /// instead of running them inline in whichever commit crosses SQLite's threshold.
    /// </summary>
    public bool BackgroundCheckpoints { get; init; }

    /// <summary>A connection string for generating scripts, where no server is reached.</summary>
    public static DatabaseTarget Offline(DatabaseProvider provider) => new(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=localhost;Database=amsp",
        _ => "Server=localhost;Database=amsp;Trusted_Connection=True;TrustServerCertificate=True",
    });

    public static DatabaseTarget From(DatabaseOptions options, AmspPaths paths)
    {
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"{DatabaseOptions.Section}:ConnectionString is required for {options.Provider}.");
            }
            connectionString = $"Data Source={Path.Combine(paths.DataDirectory, "amsp.db")}";
        }
        return new DatabaseTarget(options.Provider, connectionString, options.CommandTimeoutSeconds);
    }

    /// <summary>Whether this is an in-memory SQLite database (no file, no write-ahead log).</summary>
    public bool IsInMemory => Provider == DatabaseProvider.Sqlite
        && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString) is var b
        && (b.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || b.DataSource is "" or ":memory:");

    public string MigrationsAssembly => $"Amsp.Database.{Provider}";

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string historyTable) => Provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(ConnectionString, o => o
            .MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable).CommandTimeout(CommandTimeoutSeconds))
            .AddInterceptors(SqliteConnectionTuning.For(this)),
        DatabaseProvider.PostgreSql => options.UseNpgsql(ConnectionString, o => o
            .MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable).CommandTimeout(CommandTimeoutSeconds)),
        DatabaseProvider.SqlServer => options.UseSqlServer(ConnectionString, o => o
            .MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable).CommandTimeout(CommandTimeoutSeconds)),
        _ => throw new ArgumentOutOfRangeException(nameof(options), Provider, "Unknown database provider."),
    };

    /// <summary>A context of type <typeparamref name="TContext"/> on this target, outside dependency injection.</summary>
    public TContext Create<TContext>(Func<DbContextOptions<TContext>, TContext> factory, string historyTable)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, historyTable);
        return factory(builder.Options);
    }
}

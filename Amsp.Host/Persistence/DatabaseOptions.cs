using System.ComponentModel.DataAnnotations;

namespace Amsp.Host.Persistence;

/// <summary>The database engines AMSP runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded, one file under the data directory; the default.</summary>
    Sqlite,
    /// <summary>PostgreSQL: the choice for several nodes.</summary>
    PostgreSql,
    /// <summary>Microsoft SQL Server.</summary>
    SqlServer,
}

/// <summary>Where the platform keeps its data. Bound from <c>Amsp:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Amsp:Database";

    /// <summary>The database engine. Default: <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. Required for PostgreSQL and SQL Server. Default for SQLite:
    /// <c>Data Source={data directory}/amsp.db</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the host starts. Default: true. Turn it off where a DBA applies the
    /// reviewed scripts under <c>database/scripts/</c> (or runs <c>amsp db migrate</c>) instead.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// SQLite, server only: how often the write-ahead log is copied into the database file in the background
    /// (commits never do it inline). Default: 1 second.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// SQLite, server only: log size in pages (4 KiB each by default) past which the background checkpointer makes the
    /// log start over, pausing workflow commits only for one short copy; at four times this size it runs a restart
    /// checkpoint, which waits for every writer and reader. Default: 16,384 (64 MiB).
    /// </summary>
    [Range(1000, int.MaxValue)]
    public int CheckpointLogLimitPages { get; set; } = 16_384;

    /// <summary>Seconds a database command may run before it is abandoned. Default: 30.</summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}

using Amsp.Workflows.Runtime;
using Medallion.Threading.Postgres;

namespace Amsp.Host.Persistence;

/// <summary>
/// The instance lock across every node on one PostgreSQL database: a session advisory lock keyed by the
/// instance id, taken after the in-process lock so that contention between two tasks of one node never costs
/// a database connection. Held locks share multiplexed connections, so a held lock does not pin a pooled
/// connection of its own; a wait that cannot be granted at once gets a connection of its own while it waits.
/// </summary>
/// <remarks>
/// The key is a 64-bit hash of the instance id. Two ids that collide only serialize each other, which is
/// harmless short of a parent waiting on its own colliding child, a chance of about one in 2^64 per pair.
/// If a node loses its database connection its advisory locks go with it; optimistic concurrency on the
/// instance row stays the last line of defence.
/// </remarks>
public sealed class PostgresInstanceLockProvider : IInstanceLockProvider
{
    /// <summary>Keeps the platform's advisory locks apart from any other user of the database.</summary>
    public const string KeyPrefix = "amsp-instance:";

    private readonly InProcessInstanceLockProvider _local = new();
    private readonly PostgresDistributedSynchronizationProvider _database;

    public PostgresInstanceLockProvider(DatabaseTarget database)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            throw new ArgumentException($"Advisory locks need PostgreSQL, not {database.Provider}.", nameof(database));
        }
        _database = new PostgresDistributedSynchronizationProvider(database.ConnectionString, o => o.UseMultiplexing());
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var local = await _local.AcquireAsync(instanceId, cancellationToken);
        try
        {
            var distributed = await _database.CreateLock(new PostgresAdvisoryLockKey(KeyPrefix + instanceId, allowHashing: true))
                .AcquireAsync(timeout: null, cancellationToken);
            return new Releaser(distributed, local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases the advisory lock first, then the local one, so a local waiter finds the database lock free.</summary>
    private sealed class Releaser(PostgresDistributedLockHandle distributed, IAsyncDisposable local) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            try
            {
                await distributed.DisposeAsync();
            }
            finally
            {
                await local.DisposeAsync();
            }
        }
    }
}

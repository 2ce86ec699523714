using System.Collections.Concurrent;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// Serializes work on one instance. The in-process implementation is the default; a distributed lock
/// (e.g. on PostgreSQL) plugs in here for several nodes. Optimistic concurrency on the instance row
/// stays the last line of defence either way.
/// </summary>
public interface IInstanceLockProvider
{
    /// <summary>Acquires the lock of an instance; dispose to release.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default);
}

/// <summary>
/// One semaphore per instance id with reference counting, so unrelated instances never share a lock
/// (striping could deadlock a parent waiting on a child that hashes to its stripe).
/// </summary>
public sealed class InProcessInstanceLockProvider : IInstanceLockProvider
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(instanceId, _ => new Entry());
            lock (entry)
            {
                if (!entry.Retired)
                {
                    entry.References++;
                    break;
                }
            }
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(instanceId, entry, releaseSemaphore: false);
            throw;
        }
        return new Releaser(this, instanceId, entry);
    }

    private void Release(string instanceId, Entry entry, bool releaseSemaphore)
    {
        if (releaseSemaphore) entry.Semaphore.Release();
        lock (entry)
        {
            if (--entry.References == 0)
            {
                entry.Retired = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(instanceId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Releaser(InProcessInstanceLockProvider owner, string instanceId, Entry entry) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Release(instanceId, entry, releaseSemaphore: true);
            return ValueTask.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Services;

/// <summary>A model's fingerprint as stored: the <c>amsp mesh fingerprint --json</c> object and its canonical SHA-256.</summary>
public sealed record StoredFingerprint(string Json, string CanonicalSha256)
{
    public MeshFingerprint Parse() => Fingerprints.Parse(Json);
}

/// <summary>
/// Models' fingerprints for the copyright registry (ISO/IEC 23510 §7.1). An upload is answered with its check and
/// without its fingerprint (a shape distribution and a canonical hash: 0.4 s of one core at a million triangles);
/// the fingerprint is computed right after, from the mesh the upload left in <see cref="ModelMeshes"/>, and stored
/// on every model row with the same file. A caller that needs it first (the copyright check, registering a design)
/// gets the one under way or computes it; one file is never fingerprinted twice at once.
/// </summary>
public sealed class ModelFingerprints(ModelMeshes meshes, IServiceScopeFactory scopes) : IDisposable
{
    // Computations under way and finished ones not yet known to be stored, by file hash. Small: an entry leaves once
    // its result is stored.
    private readonly ConcurrentDictionary<string, Lazy<Work>> _work = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, bool> _unreadable = new();
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>The stored fingerprint of <paramref name="model"/>, or one computed now (stored in the background).</summary>
    /// <exception cref="Amsp.Geometry.MeshFormatException">The model's file is missing or unreadable.</exception>
    public async Task<StoredFingerprint> GetAsync(PartModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model is { FingerprintJson: { } json, CanonicalSha256: { } canonical })
        {
            return new StoredFingerprint(json, canonical);
        }
        return await Start(model).Computed.WaitAsync(cancellationToken);
    }

    /// <summary>Completes when every fingerprint computed so far is stored (or refused by the database).</summary>
    public Task StoredAsync() => Task.WhenAll(_work.Values.Select(w => w.Value.Stored));

    /// <summary>
    /// Computes and stores the fingerprints of models that have none, oldest first, at most <paramref name="limit"/>;
    /// the number of rows stored (the rows of one file are stored together). A model whose file cannot be read is skipped (its uploads were checked; a missing file is
    /// reported where the model is used).
    /// </summary>
    public async Task<int> FillMissingAsync(int limit, CancellationToken cancellationToken)
    {
        List<PartModel> missing;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            var skipped = _unreadable.Keys.ToList();
            missing = await db.Models.AsNoTracking().Where(m => m.FingerprintJson == null && !skipped.Contains(m.Id))
                .OrderBy(m => m.CreatedAt).Take(limit).ToListAsync(cancellationToken);
        }
        var stored = 0;
        foreach (var model in missing.DistinctBy(m => m.Sha256))
        {
            try
            {
                // The rows are stored by the computation's own continuation: one write per file, awaited here.
                var work = Start(model);
                await work.Computed.WaitAsync(cancellationToken);
                stored += await work.Stored.WaitAsync(cancellationToken);
            }
            catch (Amsp.Geometry.MeshFormatException)
            {
                // Left without: the copyright check of an order on it fails with the reason.
                _unreadable[model.Id] = true;
            }
        }
        return stored;
    }

    /// <summary>Wakes <see cref="WaitForWorkAsync"/>: a model was stored (call after its transaction committed).</summary>
    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Waits until <see cref="Notify"/> is called or <paramref name="poll"/> has passed on <paramref name="time"/>.</summary>
    public async Task WaitForWorkAsync(TimeSpan poll, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(poll, time, timeout.Token);
        await Task.WhenAny(_signal.WaitAsync(timeout.Token), delay).ConfigureAwait(false);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private Work Start(PartModel model) =>
        _work.GetOrAdd(model.Sha256, key => new Lazy<Work>(() =>
        {
            var computed = Task.Run(() => Compute(model));
            // Stored once computed; callers of GetAsync do not wait for the database (one inside a transaction of its
            // own would hold up a SQLite write). The entry leaves then: a later caller finds the stored one, or
            // computes anew when the row was not there yet.
            var stored = computed.ContinueWith(async t =>
            {
                try
                {
                    return t.IsCompletedSuccessfully ? await StoreAsync(model.Sha256, t.Result, CancellationToken.None) : 0;
                }
                finally
                {
                    _work.TryRemove(model.Sha256, out _);
                }
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            return new Work(computed, stored);
        })).Value;

    // A file's fingerprint being computed, and the number of rows stored with it once it is.
    private sealed record Work(Task<StoredFingerprint> Computed, Task<int> Stored);

    public void Dispose() => _signal.Dispose();

    private StoredFingerprint Compute(PartModel model)
    {
        var mesh = meshes.Load(model, 1);
        var fingerprint = MeshFingerprint.Compute(mesh);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            MeshJson.WriteFingerprint(writer, mesh, fingerprint);
        }
        return new StoredFingerprint(Encoding.UTF8.GetString(buffer.ToArray()), fingerprint.Sha256);
    }

    // Every row of the same file that has none: the same bytes are the same geometry. 0 when the database refused
    // (shutting down, say): the rows are left for the next pass.
    private async Task<int> StoreAsync(string sha256, StoredFingerprint fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            return await db.Models.Where(m => m.Sha256 == sha256 && m.FingerprintJson == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.FingerprintJson, fingerprint.Json)
                    .SetProperty(m => m.CanonicalSha256, fingerprint.CanonicalSha256), cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or ObjectDisposedException
            or System.Data.Common.DbException)
        {
            return 0;
        }
    }
}

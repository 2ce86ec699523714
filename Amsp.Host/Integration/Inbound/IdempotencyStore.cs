using Amsp.Domain.Erp;
using Amsp.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Inbound;

/// <summary>Where a request with an idempotency key stands when it arrives.</summary>
public enum IdempotencyState
{
    /// <summary>First time: the key is taken, in flight, until the answer is stored or the request fails.</summary>
    Started,

    /// <summary>Answered before with the same body: answer the same again.</summary>
    Replay,

    /// <summary>The key was used with another body.</summary>
    Mismatch,

    /// <summary>The first request with the key is still running.</summary>
    InFlight,
}

public sealed record IdempotencyBegin(IdempotencyState State, IdempotencyRecord Record);

/// <summary>
/// The idempotency records of the ERP API, each in a database scope of its own so that nothing a failed request left
/// tracked is saved with them. Records last <see cref="Retention"/>; a key in flight longer than
/// <see cref="InFlightLease"/> (its node died) may be taken again.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static readonly TimeSpan InFlightLease = TimeSpan.FromMinutes(10);

    public async Task<IdempotencyBegin> BeginAsync(Guid organization, string caller, string key, string fingerprint, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var now = time.GetUtcNow();
        await db.IdempotencyRecords.Where(r => r.OrganizationId == organization && r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.IdempotencyRecords.SingleOrDefaultAsync(r => r.OrganizationId == organization && r.Caller == caller && r.Key == key, ct);
            if (existing is not null)
            {
                if (!existing.Completed && existing.CreatedAt + InFlightLease > now)
                {
                    return new(IdempotencyState.InFlight, existing);
                }
                if (existing.Completed)
                {
                    return new(existing.Fingerprint == fingerprint ? IdempotencyState.Replay : IdempotencyState.Mismatch, existing);
                }
                (existing.CreatedAt, existing.Fingerprint) = (now, fingerprint);
                await db.SaveChangesAsync(ct);
                return new(IdempotencyState.Started, existing);
            }
            var record = new IdempotencyRecord
            {
                Id = Guid.CreateVersion7(now), OrganizationId = organization, Caller = caller, Key = key, Fingerprint = fingerprint,
                CreatedAt = now, ExpiresAt = now + Retention,
            };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return new(IdempotencyState.Started, record);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another request took the key between the read and the insert: read what it stored.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task CompleteAsync(Guid id, int status, string? contentType, string? location, byte[] body, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var record = await db.IdempotencyRecords.SingleAsync(r => r.Id == id, ct);
        (record.Completed, record.StatusCode, record.ContentType, record.Location, record.Body) = (true, status, contentType, location, body);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Frees the key of a request that failed, so that the client can send it again.</summary>
    public async Task ReleaseAsync(Guid id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        await db.IdempotencyRecords.Where(r => r.Id == id).ExecuteDeleteAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amsp.Domain.Persistence;

/// <summary>
/// Stamps <see cref="ITracksModification.ModifiedAt"/> on every entity a save adds or changes, in one place, so no
/// handler can forget it. A time the code set itself in the same save (an order's status change at the workflow's
/// instant) is kept. Bulk updates (<c>ExecuteUpdate</c>) bypass the change tracker and set the column themselves.
/// </summary>
public sealed class ModificationTimes(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<ITracksModification>())
        {
            if (entry.State == EntityState.Added ? entry.Entity.ModifiedAt == default
                : entry.State == EntityState.Modified && !SetByCode(entry))
            {
                entry.Entity.ModifiedAt = now;
            }
        }
    }

    // Orders keep their column's older name, UpdatedAt.
    private static bool SetByCode(EntityEntry<ITracksModification> entry) =>
        entry.Properties.Any(p => p.IsModified && p.Metadata.Name is nameof(ITracksModification.ModifiedAt) or "UpdatedAt");
}

using Amsp.Domain.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Domain.Persistence;

/// <summary>
/// The platform's own tables: identity now, the AMSP model as it arrives. The workflow engine keeps
/// its tables in its own context (and migration history) on the same database.
/// </summary>
public class AmspDbContext(DbContextOptions<AmspDbContext> options) : IdentityDbContext<AmspUser>(options)
{
    /// <summary>The migrations history table of this context; the engine's context uses another.</summary>
    public const string MigrationsHistoryTable = "__AmspMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AmspUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }
}

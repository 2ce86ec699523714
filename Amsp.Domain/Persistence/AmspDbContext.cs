using Amsp.Domain.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Domain.Persistence;

/// <summary>
/// The platform's own tables: identity now, the AMSP model as it arrives. The workflow engine keeps
/// its tables in its own context (and migration history) on the same database. The data-protection key ring
/// lives here too, so every node of one database protects and reads tokens and cookies with the same keys.
/// </summary>
public class AmspDbContext(DbContextOptions<AmspDbContext> options) : IdentityDbContext<AmspUser>(options), IDataProtectionKeyContext
{
    /// <summary>The migrations history table of this context; the engine's context uses another.</summary>
    public const string MigrationsHistoryTable = "__AmspMigrationsHistory";

    /// <summary>The data-protection key ring shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AmspUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }
}

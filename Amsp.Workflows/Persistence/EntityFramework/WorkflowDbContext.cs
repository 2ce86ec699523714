using Microsoft.EntityFrameworkCore;

namespace Amsp.Workflows.Persistence.EntityFramework;

/// <summary>
/// The engine's own tables: <c>WorkflowDefinitions</c>, <c>WorkflowInstances</c>, <c>Bookmarks</c>,
/// <c>WorkflowJournal</c>, <c>Incidents</c>. Portable across SQLite, PostgreSQL and SQL Server: no
/// provider-specific types, times as UTC ticks, JSON as text, a version integer as concurrency token.
/// Every runtime lookup has an index.
/// </summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    private const int IdLength = 64;
    private const int NameLength = 256;

    /// <summary>Definition versions.</summary>
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();

    /// <summary>Instances.</summary>
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    /// <summary>Bookmarks.</summary>
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    /// <summary>Journal.</summary>
    public DbSet<JournalRecord> WorkflowJournal => Set<JournalRecord>();

    /// <summary>Incidents.</summary>
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    /// <summary>An index filter "column is not null" in the provider's quoting.</summary>
    private string NotNull(string column) =>
        Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true ? $"[{column}] IS NOT NULL" : $"\"{column}\" IS NOT NULL";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("WorkflowDefinitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.DefinitionId).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.DefinitionId, x.IsLatest });
            e.HasIndex(x => new { x.DefinitionId, x.IsPublished });
        });
        modelBuilder.Entity<WorkflowInstanceRecord>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.DefinitionId).HasMaxLength(IdLength);
            e.Property(x => x.DefinitionVersionId).HasMaxLength(IdLength);
            e.Property(x => x.CorrelationId).HasMaxLength(NameLength);
            e.Property(x => x.ParentInstanceId).HasMaxLength(IdLength);
            e.Property(x => x.TriggerActivityId).HasMaxLength(NameLength);
            e.Property(x => x.RootInstanceId).HasMaxLength(IdLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion });
            e.HasIndex(x => new { x.DefinitionVersionId, x.Status });
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => x.ParentInstanceId);
            e.HasIndex(x => x.CreatedAt);
            // One instance per point of a schedule, whichever node, retry or recovery starts it. Partial: instances
            // started otherwise have no scheduled time and cost this index nothing.
            e.HasIndex(x => new { x.DefinitionId, x.TriggerActivityId, x.ScheduledAt }).IsUnique()
                .HasFilter("\"ScheduledAt\" IS NOT NULL");
            // Counts a root's descendants (Limits.MaxDescendants). Filtered, so the rows of roots, most instances, are
            // not in it: a start that runs no child writes no page of this index.
            e.HasIndex(x => x.RootInstanceId).HasFilter(NotNull(nameof(WorkflowInstanceRecord.RootInstanceId)));
            // No index on UpdatedAt or FinishedAt: no query filters or orders by them, and every index costs each
            // commit batch a rewritten page of the log (the HTTP-trigger benchmark's checkpoint tail).
        });
        modelBuilder.Entity<BookmarkRecord>(e =>
        {
            e.ToTable("Bookmarks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.InstanceId).HasMaxLength(IdLength);
            e.Property(x => x.ActivityId).HasMaxLength(NameLength);
            e.Property(x => x.ExecutionId).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.Property(x => x.CorrelationId).HasMaxLength(NameLength);
            e.Property(x => x.Hash).HasMaxLength(IdLength);
            e.Property(x => x.Roles).HasMaxLength(512);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.DueAt);
        });
        modelBuilder.Entity<JournalRecord>(e =>
        {
            e.ToTable("WorkflowJournal");
            e.HasKey(x => new { x.InstanceId, x.Sequence });
            e.Property(x => x.InstanceId).HasMaxLength(IdLength);
            // Read by instance in sequence order (the key); no query uses the time.
        });
        modelBuilder.Entity<IncidentRecord>(e =>
        {
            e.ToTable("Incidents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.InstanceId).HasMaxLength(IdLength);
            e.Property(x => x.ActivityId).HasMaxLength(NameLength);
            e.Property(x => x.ExecutionId).HasMaxLength(IdLength);
            e.Property(x => x.ErrorType).HasMaxLength(NameLength);
            e.Property(x => x.Resolution).HasMaxLength(64);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.Timestamp);
        });
    }
}

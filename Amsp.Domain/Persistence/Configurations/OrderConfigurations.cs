using Amsp.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> e)
    {
        e.ToTable("Orders");
        e.Property(x => x.Number).HasMaxLength(32);
        e.Property(x => x.CreatedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.InstanceId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.OrderId);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.OrganizationId);
        e.HasIndex(x => x.RequirementId);
        e.HasIndex(x => x.Status);
        e.HasIndex(x => x.UpdatedAt);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> e)
    {
        e.ToTable("OrderStatusChanges");
        // Ids are made by the code: a change added to a loaded order's history is new, not an update of a row.
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Actor).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Reason).HasMaxLength(Columns.TextLength);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => new { x.OrderId, x.ExecutionId }).IsUnique();
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> e)
    {
        e.ToTable("Quotes");
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.FailureReason).HasMaxLength(Columns.TextLength);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.OwnsMany(x => x.Lines, l =>
        {
            l.ToJson();
            l.Property(x => x.Kind).HasConversion<string>();
        });
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.AmCentreId);
        e.HasIndex(x => x.ModifiedAt);
        e.HasIndex(x => new { x.ExecutionId, x.AmCentreId }).IsUnique();
    }
}

internal sealed class CopyrightReviewConfiguration : IEntityTypeConfiguration<CopyrightReview>
{
    public void Configure(EntityTypeBuilder<CopyrightReview> e)
    {
        e.ToTable("CopyrightReviews");
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.DecidedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Note).HasMaxLength(Columns.TextLength);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.Status);
        e.HasIndex(x => new { x.ExecutionId, x.ProtectedDesignId }).IsUnique();
    }
}

internal sealed class OrderNumberCounterConfiguration : IEntityTypeConfiguration<OrderNumberCounter>
{
    public void Configure(EntityTypeBuilder<OrderNumberCounter> e)
    {
        e.ToTable("OrderNumberCounters");
        e.HasKey(x => x.Year);
        e.Property(x => x.Year).ValueGeneratedNever();
    }
}

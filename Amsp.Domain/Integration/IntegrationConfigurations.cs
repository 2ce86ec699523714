using Amsp.Domain.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Integration;

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEvent>
{
    public void Configure(EntityTypeBuilder<IntegrationEvent> e)
    {
        e.ToTable("IntegrationEvents");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Type).HasMaxLength(64);
        e.Property(x => x.Version).HasMaxLength(8);
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Ignore(x => x.PendingData);
        e.HasMany(x => x.Deliveries).WithOne(d => d.Event).HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.OrderId, x.Sequence }).IsUnique();
        e.HasIndex(x => x.OccurredAt);
        e.HasIndex(x => x.OrganizationId);
        e.HasIndex(x => x.AmCentreId);
    }
}

internal sealed class EventDeliveryConfiguration : IEntityTypeConfiguration<EventDelivery>
{
    public void Configure(EntityTypeBuilder<EventDelivery> e)
    {
        e.ToTable("EventDeliveries");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.LastError).HasMaxLength(Columns.TextLength);
        e.Property(x => x.LeaseOwner).HasMaxLength(Columns.IdLength);
        e.HasOne(x => x.Connector).WithMany().HasForeignKey(x => x.ConnectorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.ConnectorId }).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.HasIndex(x => new { x.ConnectorId, x.OrderId, x.Sequence });
    }
}

internal sealed class ConnectorConfiguration : IEntityTypeConfiguration<Connector>
{
    public void Configure(EntityTypeBuilder<Connector> e)
    {
        e.ToTable("Connectors");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Kind).HasMaxLength(16);
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.Property(x => x.SettingsJson).HasMaxLength(Columns.TextLength);
        e.Property(x => x.ProtectedSecret).HasMaxLength(Columns.TextLength);
        e.Property(x => x.ProtectedPreviousSecret).HasMaxLength(Columns.TextLength);
        e.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
    }
}

internal sealed class OrderEventCounterConfiguration : IEntityTypeConfiguration<OrderEventCounter>
{
    public void Configure(EntityTypeBuilder<OrderEventCounter> e)
    {
        e.ToTable("OrderEventCounters");
        e.HasKey(x => x.OrderId);
        e.Property(x => x.OrderId).ValueGeneratedNever();
    }
}

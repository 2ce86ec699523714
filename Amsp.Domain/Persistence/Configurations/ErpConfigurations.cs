using Amsp.Domain.Erp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class MachineClientConfiguration : IEntityTypeConfiguration<MachineClient>
{
    public void Configure(EntityTypeBuilder<MachineClient> e)
    {
        e.ToTable("MachineClients");
        e.Property(x => x.ClientId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.DisplayName).HasMaxLength(Columns.NameLength);
        e.Property(x => x.CreatedBy).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => x.ClientId).IsUnique();
        e.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class ErpConfirmationConfiguration : IEntityTypeConfiguration<ErpConfirmation>
{
    public void Configure(EntityTypeBuilder<ErpConfirmation> e)
    {
        e.ToTable("ErpConfirmations");
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Property(x => x.Step).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Reason).HasMaxLength(Columns.TextLength);
        e.Property(x => x.Reference).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Source).HasMaxLength(16);
        e.Property(x => x.MessageId).HasMaxLength(ErpLimits.MessageIdLength);
        e.Property(x => x.ConsumedBy).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => new { x.OrganizationId, x.MessageId }).IsUnique();
        e.HasIndex(x => new { x.OrderId, x.Step });
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> e)
    {
        e.ToTable("IdempotencyRecords");
        e.Property(x => x.Caller).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Key).HasMaxLength(ErpLimits.IdempotencyKeyLength);
        e.Property(x => x.Fingerprint).HasMaxLength(64);
        e.Property(x => x.ContentType).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Location).HasMaxLength(Columns.NameLength);
        e.HasIndex(x => new { x.OrganizationId, x.Caller, x.Key }).IsUnique();
        e.HasIndex(x => x.ExpiresAt);
    }
}

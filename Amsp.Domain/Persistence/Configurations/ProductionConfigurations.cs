using Amsp.Domain.Production;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class PrintJobConfiguration : IEntityTypeConfiguration<PrintJob>
{
    public void Configure(EntityTypeBuilder<PrintJob> e)
    {
        e.ToTable("PrintJobs");
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.FileName).HasMaxLength(Columns.NameLength);
        e.Property(x => x.FileKey).HasMaxLength(Columns.NameLength);
        e.Property(x => x.FileSha256).HasMaxLength(64);
        e.Property(x => x.Slicer).HasMaxLength(Columns.TextLength);
        e.Property(x => x.FailureReason).HasMaxLength(Columns.TextLength);
        e.Ignore(x => x.Ended);
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.ModifiedAt);
        e.HasIndex(x => new { x.PrinterId, x.Status, x.QueuePosition });
        e.HasIndex(x => new { x.ExecutionId, x.Part }).IsUnique();
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> e)
    {
        e.ToTable("Inspections");
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Nonconformity).HasMaxLength(Columns.TextLength);
        e.Property(x => x.Notes).HasMaxLength(Columns.TextLength);
        e.Property(x => x.InspectorId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.InspectorName).HasMaxLength(Columns.NameLength);
        e.OwnsMany(x => x.Characteristics, c =>
        {
            c.ToJson();
            c.Property(x => x.Kind).HasConversion<string>();
        });
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.ModifiedAt);
        e.HasIndex(x => new { x.AmCentreId, x.Status });
        e.HasIndex(x => x.ExecutionId).IsUnique();
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> e)
    {
        e.ToTable("Certificates");
        e.Property(x => x.Number).HasMaxLength(32);
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.PartName).HasMaxLength(Columns.NameLength);
        e.Property(x => x.VerificationCode).HasMaxLength(32);
        e.Property(x => x.FileKey).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.VerificationCode).IsUnique();
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.ModifiedAt);
        e.HasIndex(x => x.ExecutionId).IsUnique();
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> e)
    {
        e.ToTable("Shipments");
        e.Property(x => x.OrderNumber).HasMaxLength(32);
        e.Property(x => x.ExecutionId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Carrier).HasMaxLength(Columns.NameLength);
        e.Property(x => x.TrackingNumber).HasMaxLength(Columns.NameLength);
        e.Property(x => x.ShippedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.DeliveredBy).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => x.ModifiedAt);
        e.HasIndex(x => x.ExecutionId).IsUnique();
    }
}

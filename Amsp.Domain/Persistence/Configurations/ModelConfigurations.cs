using Amsp.Domain.Designs;
using Amsp.Domain.Models;
using Amsp.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class PartModelConfiguration : IEntityTypeConfiguration<PartModel>
{
    public void Configure(EntityTypeBuilder<PartModel> e)
    {
        e.ToTable("Models");
        e.Property(x => x.UploadedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.OriginalName).HasMaxLength(260);
        e.Property(x => x.Format).HasMaxLength(8);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.CanonicalSha256).HasMaxLength(64);
        e.Property(x => x.UnitsGuess).HasMaxLength(8);
        e.HasIndex(x => new { x.OrganizationId, x.Sha256 });
        e.HasIndex(x => x.ParentId);
        e.HasIndex(x => x.DesignRequestId);
    }
}

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> e)
    {
        e.ToTable("Requirements");
        e.Property(x => x.CreatedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Title).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Material).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Colour).HasMaxLength(64);
        e.Property(x => x.SurfaceFinish).HasMaxLength(500);
        e.Property(x => x.BuildOrientation).HasMaxLength(500);
        e.Property(x => x.AcceptableImperfections).HasMaxLength(Columns.TextLength);
        e.Property(x => x.InspectionMethod).HasMaxLength(Columns.TextLength);
        e.Property(x => x.Packaging).HasMaxLength(500);
        e.Property(x => x.Notes).HasMaxLength(Columns.TextLength);
        e.OwnsMany(x => x.CriticalDimensions, d => d.ToJson());
        e.OwnsOne(x => x.DeliveryAddress, Columns.Address);
        e.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class DesignRequestConfiguration : IEntityTypeConfiguration<DesignRequest>
{
    public void Configure(EntityTypeBuilder<DesignRequest> e)
    {
        e.ToTable("DesignRequests");
        e.Property(x => x.RequestedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.DesignerId).HasMaxLength(Columns.IdLength);
        e.Property(x => x.Brief).HasMaxLength(Columns.TextLength);
        e.HasIndex(x => x.OrganizationId);
        e.HasIndex(x => x.Status);
        e.HasIndex(x => x.RequirementId);
    }
}

internal sealed class ProtectedDesignConfiguration : IEntityTypeConfiguration<ProtectedDesign>
{
    public void Configure(EntityTypeBuilder<ProtectedDesign> e)
    {
        e.ToTable("ProtectedDesigns");
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.Property(x => x.CanonicalSha256).HasMaxLength(64);
        e.Property(x => x.RoyaltyCurrency).HasMaxLength(3);
        e.Property(x => x.RegisteredBy).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => x.OwnerOrganizationId);
        e.HasIndex(x => x.CanonicalSha256);
        e.HasIndex(x => x.ModelId);
    }
}

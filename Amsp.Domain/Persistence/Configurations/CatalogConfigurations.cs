using Amsp.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> e)
    {
        e.ToTable("Sites");
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.OwnsOne(x => x.Address, Columns.Address);
        e.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> e)
    {
        e.ToTable("Materials");
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class PrinterConfiguration : IEntityTypeConfiguration<Printer>
{
    public void Configure(EntityTypeBuilder<Printer> e)
    {
        e.ToTable("Printers");
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.Property(x => x.LoadedColour).HasMaxLength(64);
        e.Property(x => x.BaseUrl).HasMaxLength(500);
        e.Property(x => x.ProtectedApiKey).HasMaxLength(Columns.TextLength);
        e.OwnsOne(x => x.BuildVolume);
        e.OwnsOne(x => x.TimeParameters, p => p.ToJson());
        e.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> e)
    {
        e.ToTable("PriceLists");
        e.Property(x => x.Name).HasMaxLength(Columns.NameLength);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.OwnsMany(x => x.PostProcessing, p => p.ToJson());
        e.OwnsMany(x => x.QuantityDiscounts, p => p.ToJson());
        e.HasIndex(x => x.OrganizationId);
    }
}

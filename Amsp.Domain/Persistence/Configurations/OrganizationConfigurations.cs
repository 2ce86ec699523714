using Amsp.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e)
    {
        e.ToTable("Organizations");
        e.Property(x => x.LegalName).HasMaxLength(200);
        e.Property(x => x.VatId).HasMaxLength(32);
        e.OwnsOne(x => x.Address, Columns.Address);
        e.HasMany(x => x.Memberships).WithOne(m => m.Organization).HasForeignKey(m => m.OrganizationId);
        e.HasIndex(x => x.LegalName);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.ToTable("Memberships");
        e.Property(x => x.UserId).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => new { x.OrganizationId, x.UserId }).IsUnique();
        e.HasIndex(x => x.UserId);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.ToTable("Invitations");
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.InvitedBy).HasMaxLength(Columns.IdLength);
        e.Property(x => x.AcceptedBy).HasMaxLength(Columns.IdLength);
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => x.OrganizationId);
    }
}

using Amsp.Domain.Organizations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amsp.Domain.Persistence.Configurations;

/// <summary>Column shapes shared by several tables.</summary>
internal static class Columns
{
    /// <summary>Identity user ids and other string keys.</summary>
    public const int IdLength = 64;

    public const int NameLength = 200;

    public const int TextLength = 4000;

    public static void Address<T>(OwnedNavigationBuilder<T, Address> a) where T : class
    {
        a.Property(x => x.Street).HasMaxLength(200);
        a.Property(x => x.PostalCode).HasMaxLength(32);
        a.Property(x => x.City).HasMaxLength(100);
        a.Property(x => x.Region).HasMaxLength(100);
        a.Property(x => x.Country).HasMaxLength(2);
    }
}

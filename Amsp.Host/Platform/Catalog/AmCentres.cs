using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

internal static class AmCentres
{
    /// <summary>Sites, materials, printers and price lists belong to AM centres only.</summary>
    public static async Task RequireAsync(AmspDbContext db, Guid organizationId, CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && o.Kind == OrganizationKind.AmCentre, ct))
        {
            throw RequestValidationException.For("organizationId", "must be an AM centre: only AM centres have sites, materials, printers and price lists.");
        }
    }
}

using Amsp.Domain.Designs;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Access;

/// <summary>
/// The one place that decides whether a caller may reach a thing of some organization with some roles: the
/// caller must hold one of the roles in the organization that owns it. Designers also reach what a design
/// request gives them: an open request in the queue, and once they took it, its reference models and versions.
/// </summary>
public sealed class ResourceAccess(AmspDbContext db, Caller caller)
{
    private static readonly string[] CentreRoles = [AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator];

    public async Task<bool> CanReachAsync(ResourceRef resource, IReadOnlyList<string> roles, CancellationToken ct)
    {
        if (resource.Kind == ResourceKind.Order)
        {
            return await CanReachOrderAsync(resource.Key ?? "", roles, ct);
        }
        var id = resource.Id;
        var owner = resource.Kind switch
        {
            ResourceKind.Organization => await db.Organizations.Where(x => x.Id == id).Select(x => (Guid?)x.Id).SingleOrDefaultAsync(ct),
            ResourceKind.Site => await db.Sites.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.Material => await db.Materials.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.Printer => await db.Printers.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.PriceList => await db.PriceLists.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.Model => await db.Models.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.Requirement => await db.Requirements.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.DesignRequest => await db.DesignRequests.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.ProtectedDesign => await db.ProtectedDesigns.Where(x => x.Id == id).Select(x => (Guid?)x.OwnerOrganizationId).SingleOrDefaultAsync(ct),
            ResourceKind.CopyrightReview => await db.CopyrightReviews.AnyAsync(x => x.Id == id, ct) ? IdentitySeeder.PlatformOrganizationId : null,
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource.Kind, "Unknown resource kind."),
        };
        if (owner is not { } organization)
        {
            return false;
        }
        if (caller.HasRoleIn(organization, roles))
        {
            return true;
        }
        return roles.Contains(AmspRoles.Designer) && resource.Kind switch
        {
            ResourceKind.DesignRequest => await DesignerReachesRequestAsync(id, ct),
            ResourceKind.Model => await DesignerReachesModelAsync(id, ct),
            _ => false,
        };
    }

    // The customer's organization, and the AM centres that quoted for the order (their staff, with a centre role).
    private async Task<bool> CanReachOrderAsync(string number, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == number).Select(o => new { o.Id, o.OrganizationId }).SingleOrDefaultAsync(ct);
        if (order is null)
        {
            return false;
        }
        if (caller.HasRoleIn(order.OrganizationId, roles))
        {
            return true;
        }
        var staff = roles.Intersect(CentreRoles).ToList();
        if (staff.Count == 0)
        {
            return false;
        }
        var centres = caller.OrganizationsWith(staff);
        return centres.Count > 0 && await db.Quotes.AnyAsync(q => q.OrderId == order.Id && centres.Contains(q.AmCentreId), ct);
    }

    /// <summary>Design requests a designer reaches: open ones (the queue) and those their organization took.</summary>
    public IQueryable<DesignRequest> DesignerRequests()
    {
        var mine = caller.OrganizationsWith(AmspRoles.Designer);
        return mine.Count == 0
            ? db.DesignRequests.Where(_ => false)
            : db.DesignRequests.Where(r => r.Status == DesignRequestStatus.Open
                || (r.DesignerOrganizationId != null && mine.Contains(r.DesignerOrganizationId.Value)));
    }

    private Task<bool> DesignerReachesRequestAsync(Guid id, CancellationToken ct) =>
        DesignerRequests().AnyAsync(r => r.Id == id, ct);

    // A taken request's reference models and the versions uploaded for it; an open request shows only its brief.
    private async Task<bool> DesignerReachesModelAsync(Guid modelId, CancellationToken ct)
    {
        var mine = caller.OrganizationsWith(AmspRoles.Designer);
        if (mine.Count == 0)
        {
            return false;
        }
        var taken = await db.DesignRequests.AsNoTracking()
            .Where(r => r.DesignerOrganizationId != null && mine.Contains(r.DesignerOrganizationId.Value))
            .Select(r => new { r.Id, r.ReferenceModelIds }).ToListAsync(ct);
        if (taken.Any(r => r.ReferenceModelIds.Contains(modelId)))
        {
            return true;
        }
        var takenIds = taken.Select(r => r.Id).ToList();
        return await db.Models.AnyAsync(m => m.Id == modelId && m.DesignRequestId != null && takenIds.Contains(m.DesignRequestId.Value), ct);
    }
}

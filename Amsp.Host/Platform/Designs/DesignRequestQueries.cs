using Amsp.Domain.Designs;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Designs;

/// <summary>Customers see their organization's requests; designers the open queue and the requests their organization took.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record ListDesignRequests(DesignRequestStatus? Status, Paging Paging) : IQuery<Page<DesignRequestDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record GetDesignRequest(Guid DesignRequestId) : IQuery<DesignRequestDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.DesignRequest, DesignRequestId)];
}

public sealed class DesignRequestQueryHandlers(AmspDbContext db, Caller caller, ResourceAccess access)
    : IQueryHandler<ListDesignRequests, Page<DesignRequestDto>>, IQueryHandler<GetDesignRequest, DesignRequestDto>
{
    public async ValueTask<Page<DesignRequestDto>> Handle(ListDesignRequests query, CancellationToken cancellationToken)
    {
        IQueryable<DesignRequest> requests;
        if (caller.IsAdmin)
        {
            requests = db.DesignRequests;
        }
        else
        {
            var customers = caller.OrganizationsWith(AmspRoles.Customer);
            var designable = access.DesignerRequests().Select(d => d.Id);
            requests = db.DesignRequests.Where(d => customers.Contains(d.OrganizationId) || designable.Contains(d.Id));
        }
        if (query.Status is { } status)
        {
            requests = requests.Where(d => d.Status == status);
        }
        var page = await requests.AsNoTracking().OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).PageAsync(query.Paging, d => d, cancellationToken);
        var items = new List<DesignRequestDto>(page.Items.Count);
        foreach (var request in page.Items)
        {
            items.Add(await ToDtoAsync(db, request, cancellationToken));
        }
        return new Page<DesignRequestDto>(items, page.Total, page.PageNumber, page.PageSize);
    }

    public async ValueTask<DesignRequestDto> Handle(GetDesignRequest query, CancellationToken cancellationToken) =>
        await ToDtoAsync(db, await db.DesignRequests.AsNoTracking().SingleAsync(d => d.Id == query.DesignRequestId, cancellationToken), cancellationToken);

    internal static async Task<DesignRequestDto> ToDtoAsync(AmspDbContext db, DesignRequest d, CancellationToken ct)
    {
        var versions = await db.Models.AsNoTracking().Where(m => m.DesignRequestId == d.Id).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        return new DesignRequestDto(d.Id, d.OrganizationId, d.RequirementId, d.Brief, d.ReferenceModelIds, d.Status, d.DesignerId,
            d.DesignerOrganizationId, d.AcceptedModelId, d.CreatedAt, d.TakenAt, d.AcceptedAt, versions.Select(ModelDto.From).ToList());
    }
}

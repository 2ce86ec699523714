using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Organizations;

public sealed record OrganizationDto(Guid Id, OrganizationKind Kind, string LegalName, AddressDto Address, string? VatId, DateTimeOffset CreatedAt);

/// <summary>Administrators list every organization; anyone else the organizations they belong to.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer, AmspRoles.QualityInspector,
    AmspRoles.Analyst, AmspRoles.Operator)]
public sealed record ListOrganizations(OrganizationKind? Kind, string? Search, Paging Paging) : IQuery<Page<OrganizationDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer, AmspRoles.QualityInspector,
    AmspRoles.Analyst, AmspRoles.Operator)]
public sealed record GetOrganization(Guid OrganizationId) : IQuery<OrganizationDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

public sealed class OrganizationQueryHandlers(AmspDbContext db, Caller caller)
    : IQueryHandler<ListOrganizations, Page<OrganizationDto>>, IQueryHandler<GetOrganization, OrganizationDto>
{
    public async ValueTask<Page<OrganizationDto>> Handle(ListOrganizations query, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var mine = caller.Memberships.Select(m => m.Organization).ToHashSet();
            organizations = organizations.Where(o => mine.Contains(o.Id));
        }
        if (query.Kind is { } kind)
        {
            organizations = organizations.Where(o => o.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            organizations = organizations.Where(o => o.LegalName.Contains(query.Search));
        }
        return await organizations.OrderBy(o => o.LegalName).ThenBy(o => o.Id).PageAsync(query.Paging, o => o.ToDto(), cancellationToken);
    }

    public async ValueTask<OrganizationDto> Handle(GetOrganization query, CancellationToken cancellationToken) =>
        (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == query.OrganizationId, cancellationToken)).ToDto();
}

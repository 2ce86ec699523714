using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Domain.Requirements;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Requirements;

[AllowedRoles(AmspRoles.Customer)]
public sealed record ListRequirements(RequirementStatus? Status, Paging Paging) : IQuery<Page<RequirementDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record GetRequirement(Guid RequirementId) : IQuery<RequirementDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Requirement, RequirementId)];
}

public sealed class RequirementQueryHandlers(AmspDbContext db, Caller caller)
    : IQueryHandler<ListRequirements, Page<RequirementDto>>, IQueryHandler<GetRequirement, RequirementDto>
{
    public async ValueTask<Page<RequirementDto>> Handle(ListRequirements query, CancellationToken cancellationToken)
    {
        var requirements = db.Requirements.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var mine = caller.OrganizationsWith(AmspRoles.Customer);
            requirements = requirements.Where(r => mine.Contains(r.OrganizationId));
        }
        if (query.Status is { } status)
        {
            requirements = requirements.Where(r => r.Status == status);
        }
        return await requirements.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).PageAsync(query.Paging, RequirementDto.From, cancellationToken);
    }

    public async ValueTask<RequirementDto> Handle(GetRequirement query, CancellationToken cancellationToken) =>
        RequirementDto.From(await db.Requirements.AsNoTracking().SingleAsync(r => r.Id == query.RequirementId, cancellationToken));
}

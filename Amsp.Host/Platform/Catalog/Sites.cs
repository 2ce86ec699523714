using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

public sealed record SiteInput(string? Name, AddressDto? Address)
{
    public void Validate(Validation v) => v.Text(Name, "name", 200).Address(Address, "address");
}

public sealed record SiteDto(Guid Id, Guid OrganizationId, string Name, AddressDto Address)
{
    public static SiteDto From(Site s) => new(s.Id, s.OrganizationId, s.Name, s.Address.ToDto());
}

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record ListSites(Guid OrganizationId) : IQuery<IReadOnlyList<SiteDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record CreateSite(Guid OrganizationId, SiteInput Input) : ICommand<SiteDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record GetSite(Guid SiteId) : IQuery<SiteDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Site, SiteId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record UpdateSite(Guid SiteId, SiteInput Input) : ICommand<SiteDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Site, SiteId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record DeleteSite(Guid SiteId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Site, SiteId)];
}

public sealed class SiteHandlers(AmspDbContext db, TimeProvider time)
    : IQueryHandler<ListSites, IReadOnlyList<SiteDto>>, ICommandHandler<CreateSite, SiteDto>, IQueryHandler<GetSite, SiteDto>,
      ICommandHandler<UpdateSite, SiteDto>, ICommandHandler<DeleteSite, bool>
{
    public async ValueTask<IReadOnlyList<SiteDto>> Handle(ListSites query, CancellationToken cancellationToken) =>
        (await db.Sites.AsNoTracking().Where(s => s.OrganizationId == query.OrganizationId).OrderBy(s => s.Name)
            .ToListAsync(cancellationToken)).Select(SiteDto.From).ToList();

    public async ValueTask<SiteDto> Handle(CreateSite command, CancellationToken cancellationToken)
    {
        await AmCentres.RequireAsync(db, command.OrganizationId, cancellationToken);
        var site = new Site { Id = Guid.CreateVersion7(time.GetUtcNow()), OrganizationId = command.OrganizationId };
        Apply(site, command.Input);
        db.Sites.Add(site);
        return SiteDto.From(site);
    }

    public async ValueTask<SiteDto> Handle(GetSite query, CancellationToken cancellationToken) =>
        SiteDto.From(await db.Sites.AsNoTracking().SingleAsync(s => s.Id == query.SiteId, cancellationToken));

    public async ValueTask<SiteDto> Handle(UpdateSite command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.SingleAsync(s => s.Id == command.SiteId, cancellationToken);
        Apply(site, command.Input);
        return SiteDto.From(site);
    }

    public async ValueTask<bool> Handle(DeleteSite command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.SingleAsync(s => s.Id == command.SiteId, cancellationToken);
        await db.Printers.Where(p => p.SiteId == site.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.SiteId, (Guid?)null), cancellationToken);
        db.Sites.Remove(site);
        return true;
    }

    private static void Apply(Site site, SiteInput input)
    {
        site.Name = input.Name!.Trim();
        site.Address = input.Address!.ToEntity();
    }
}

using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

public sealed record MaterialInput(string? Name, ProcessCategory? Process, decimal? Density, IReadOnlyList<string>? Colours,
    PricingBasis? PricingBasis, decimal? UnitPrice, decimal? MinWallThickness, IReadOnlyList<decimal>? LayerHeights, bool? Active)
{
    public void Validate(Validation v)
    {
        v.Text(Name, "name", 200).When(Process is null, "process", "is required (MEX, VPP, PBF-P, PBF-LB/M, MJT, BJT, SHL or DED).");
        v.When(Density is not (> 0 and <= 25), "density", "must be a density in g/cm³ above 0 and at most 25.");
        v.When(PricingBasis is null, "pricingBasis", "is required (PerCm3 or PerKg).");
        v.When(UnitPrice is not >= 0, "unitPrice", "is required and must not be negative.");
        v.When(MinWallThickness is not (> 0 and <= 50), "minWallThickness", "must be a thickness in mm above 0 and at most 50.");
        v.When(Colours is not { Count: > 0 and <= 64 } || Colours.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 64),
            "colours", "must name 1 to 64 colours of at most 64 characters.");
        v.When(LayerHeights is not { Count: > 0 and <= 32 } || LayerHeights.Any(h => h is <= 0 or > 2),
            "layerHeights", "must list 1 to 32 layer heights in mm, each above 0 and at most 2.");
    }
}

public sealed record MaterialDto(Guid Id, Guid OrganizationId, string Name, ProcessCategory Process, decimal Density, IReadOnlyList<string> Colours,
    PricingBasis PricingBasis, decimal UnitPrice, decimal MinWallThickness, IReadOnlyList<decimal> LayerHeights, bool Active)
{
    public static MaterialDto From(Material m) => new(m.Id, m.OrganizationId, m.Name, m.Process, m.Density, m.Colours,
        m.PricingBasis, m.UnitPrice, m.MinWallThickness, m.LayerHeights, m.Active);
}

/// <summary>A material as customers see it in the catalogue: what, where, in which colours; prices come with quotes.</summary>
public sealed record OfferedMaterialDto(Guid Id, string Name, ProcessCategory Process, IReadOnlyList<string> Colours,
    decimal MinWallThickness, IReadOnlyList<decimal> LayerHeights, Guid AmCentreId, string AmCentreName);

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record ListMaterials(Guid OrganizationId) : IQuery<IReadOnlyList<MaterialDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record CreateMaterial(Guid OrganizationId, MaterialInput Input) : ICommand<MaterialDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record GetMaterial(Guid MaterialId) : IQuery<MaterialDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Material, MaterialId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record UpdateMaterial(Guid MaterialId, MaterialInput Input) : ICommand<MaterialDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Material, MaterialId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record DeleteMaterial(Guid MaterialId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Material, MaterialId)];
}

/// <summary>Every active material of every AM centre, for anyone stating a requirement.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Analyst, AmspRoles.Operator)]
public sealed record ListOfferedMaterials(ProcessCategory? Process) : IQuery<IReadOnlyList<OfferedMaterialDto>>;

public sealed class MaterialHandlers(AmspDbContext db, TimeProvider time)
    : IQueryHandler<ListMaterials, IReadOnlyList<MaterialDto>>, ICommandHandler<CreateMaterial, MaterialDto>,
      IQueryHandler<GetMaterial, MaterialDto>, ICommandHandler<UpdateMaterial, MaterialDto>, ICommandHandler<DeleteMaterial, bool>,
      IQueryHandler<ListOfferedMaterials, IReadOnlyList<OfferedMaterialDto>>
{
    public async ValueTask<IReadOnlyList<MaterialDto>> Handle(ListMaterials query, CancellationToken cancellationToken) =>
        (await db.Materials.AsNoTracking().Where(m => m.OrganizationId == query.OrganizationId).OrderBy(m => m.Name)
            .ToListAsync(cancellationToken)).Select(MaterialDto.From).ToList();

    public async ValueTask<MaterialDto> Handle(CreateMaterial command, CancellationToken cancellationToken)
    {
        await AmCentres.RequireAsync(db, command.OrganizationId, cancellationToken);
        var material = new Material { Id = Guid.CreateVersion7(time.GetUtcNow()), OrganizationId = command.OrganizationId };
        Apply(material, command.Input);
        db.Materials.Add(material);
        return MaterialDto.From(material);
    }

    public async ValueTask<MaterialDto> Handle(GetMaterial query, CancellationToken cancellationToken) =>
        MaterialDto.From(await db.Materials.AsNoTracking().SingleAsync(m => m.Id == query.MaterialId, cancellationToken));

    public async ValueTask<MaterialDto> Handle(UpdateMaterial command, CancellationToken cancellationToken)
    {
        var material = await db.Materials.SingleAsync(m => m.Id == command.MaterialId, cancellationToken);
        Apply(material, command.Input);
        return MaterialDto.From(material);
    }

    public async ValueTask<bool> Handle(DeleteMaterial command, CancellationToken cancellationToken)
    {
        var material = await db.Materials.SingleAsync(m => m.Id == command.MaterialId, cancellationToken);
        // A material still loaded in a printer is unloaded with it: the printer then needs a new one before it prints.
        await db.Printers.Where(p => p.LoadedMaterialId == material.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.LoadedMaterialId, (Guid?)null), cancellationToken);
        db.Materials.Remove(material);
        return true;
    }

    public async ValueTask<IReadOnlyList<OfferedMaterialDto>> Handle(ListOfferedMaterials query, CancellationToken cancellationToken)
    {
        var offered = from m in db.Materials.AsNoTracking()
                      join o in db.Organizations on m.OrganizationId equals o.Id
                      where m.Active && o.Kind == OrganizationKind.AmCentre
                      select new { m, o.LegalName };
        if (query.Process is { } process)
        {
            offered = offered.Where(x => x.m.Process == process);
        }
        return (await offered.ToListAsync(cancellationToken))
            .OrderBy(x => x.m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.LegalName, StringComparer.OrdinalIgnoreCase)
            .Select(x => new OfferedMaterialDto(x.m.Id, x.m.Name, x.m.Process, x.m.Colours, x.m.MinWallThickness, x.m.LayerHeights,
                x.m.OrganizationId, x.LegalName)).ToList();
    }

    private static void Apply(Material material, MaterialInput input)
    {
        material.Name = input.Name!.Trim();
        material.Process = input.Process!.Value;
        material.Density = input.Density!.Value;
        material.Colours = input.Colours!.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        material.PricingBasis = input.PricingBasis!.Value;
        material.UnitPrice = input.UnitPrice!.Value;
        material.MinWallThickness = input.MinWallThickness!.Value;
        material.LayerHeights = input.LayerHeights!.Distinct().Order().ToList();
        material.Active = input.Active ?? true;
    }
}

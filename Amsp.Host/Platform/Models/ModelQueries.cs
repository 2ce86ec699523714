using System.Text.Json;
using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Models;

[AllowedRoles(AmspRoles.Customer)]
public sealed record ListModels(Guid? OrganizationId, string? Search, Paging Paging) : IQuery<Page<ModelDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record GetModel(Guid ModelId) : IQuery<ModelDetailDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Model, ModelId)];
}

/// <summary>The file of a model, as uploaded (or as repaired or designed).</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record DownloadModel(Guid ModelId) : IQuery<ModelFile>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Model, ModelId)];
}

public sealed record ModelFile(Stream Content, string FileName, string Sha256);

/// <summary>The versions linked to a model: its ancestors and every version made from it.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record ListModelVersions(Guid ModelId) : IQuery<IReadOnlyList<ModelDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Model, ModelId)];
}

public sealed class ModelQueryHandlers(AmspDbContext db, Caller caller, IBlobStore blobs)
    : IQueryHandler<ListModels, Page<ModelDto>>, IQueryHandler<GetModel, ModelDetailDto>,
      IQueryHandler<DownloadModel, ModelFile>, IQueryHandler<ListModelVersions, IReadOnlyList<ModelDto>>
{
    public async ValueTask<Page<ModelDto>> Handle(ListModels query, CancellationToken cancellationToken)
    {
        var models = db.Models.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var mine = caller.OrganizationsWith(AmspRoles.Customer);
            models = models.Where(m => mine.Contains(m.OrganizationId));
        }
        if (query.OrganizationId is { } organization)
        {
            models = models.Where(m => m.OrganizationId == organization);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            models = models.Where(m => m.OriginalName.Contains(query.Search));
        }
        return await models.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).PageAsync(query.Paging, ModelDto.From, cancellationToken);
    }

    public async ValueTask<ModelDetailDto> Handle(GetModel query, CancellationToken cancellationToken)
    {
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == query.ModelId, cancellationToken);
        return new ModelDetailDto(ModelDto.From(model), Parse(model.CheckReportJson), await PrinterFits.ForAsync(db, model, cancellationToken));
    }

    public async ValueTask<ModelFile> Handle(DownloadModel query, CancellationToken cancellationToken)
    {
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == query.ModelId, cancellationToken);
        var content = blobs.OpenRead(model.Sha256)
            ?? throw new ApiProblemException(StatusCodes.Status410Gone, "File missing", $"The file of model {model.Id} is no longer in the store.");
        return new ModelFile(content, model.OriginalName, model.Sha256);
    }

    public async ValueTask<IReadOnlyList<ModelDto>> Handle(ListModelVersions query, CancellationToken cancellationToken)
    {
        // Versions stay within one organization: walk to the root, then take every descendant of it.
        var organization = await db.Models.Where(m => m.Id == query.ModelId).Select(m => m.OrganizationId).SingleAsync(cancellationToken);
        var all = await db.Models.AsNoTracking().Where(m => m.OrganizationId == organization).ToListAsync(cancellationToken);
        var byId = all.ToDictionary(m => m.Id);
        var root = byId[query.ModelId];
        for (var hops = 0; root.ParentId is { } parent && byId.TryGetValue(parent, out var up) && hops < all.Count; hops++)
        {
            root = up;
        }
        var family = new List<PartModel> { root };
        for (var i = 0; i < family.Count; i++)
        {
            family.AddRange(all.Where(m => m.ParentId == family[i].Id && !family.Contains(m)));
        }
        return family.OrderBy(m => m.CreatedAt).Select(ModelDto.From).ToList();
    }

    internal static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}

/// <summary>Whether a model fits each active printer of every AM centre.</summary>
public static class PrinterFits
{
    public static async Task<IReadOnlyList<PrinterFitDto>> ForAsync(AmspDbContext db, PartModel model, CancellationToken ct)
    {
        var printers = await (from p in db.Printers.AsNoTracking()
                              join o in db.Organizations on p.OrganizationId equals o.Id
                              where p.Active && o.Kind == OrganizationKind.AmCentre
                              orderby o.LegalName, p.Name
                              select new { Printer = p, Centre = o.LegalName }).ToListAsync(ct);
        return printers.Select(x =>
        {
            var orientation = BuildVolumeFit.Find((model.SizeX, model.SizeY, model.SizeZ), x.Printer.BuildVolume);
            return new PrinterFitDto(x.Printer.Id, x.Printer.Name, x.Printer.OrganizationId, x.Centre, x.Printer.Process, orientation is not null, orientation);
        }).ToList();
    }
}

using Amsp.Activities.Services;
using Amsp.Domain.Designs;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Designs;

public sealed record LicenceInput(LicenceKind? Licence, IReadOnlyList<Guid>? LicenseeOrganizationIds, decimal? RoyaltyPerPart, string? RoyaltyCurrency)
{
    public void Validate(Validation v)
    {
        v.When(Licence is null, "licence", "is required (NotPrintableByOthers, ListedLicensees or RoyaltyPerPart).");
        v.When(Licence == LicenceKind.ListedLicensees && LicenseeOrganizationIds is not { Count: > 0 and <= 100 },
            "licenseeOrganizationIds", "must list 1 to 100 organizations for ListedLicensees.");
        if (Licence == LicenceKind.RoyaltyPerPart)
        {
            v.When(RoyaltyPerPart is not >= 0, "royaltyPerPart", "is required for RoyaltyPerPart and must not be negative.");
            v.Currency(RoyaltyCurrency, "royaltyCurrency");
        }
    }
}

public sealed record ProtectDesignInput(Guid? ModelId, string? Name, LicenceInput? Terms);

public sealed record ProtectedDesignDto(Guid Id, Guid OwnerOrganizationId, string Name, Guid ModelId, string CanonicalSha256, LicenceKind Licence,
    IReadOnlyList<Guid> LicenseeOrganizationIds, decimal? RoyaltyPerPart, string? RoyaltyCurrency, DateTimeOffset CreatedAt)
{
    public static ProtectedDesignDto From(ProtectedDesign d) => new(d.Id, d.OwnerOrganizationId, d.Name, d.ModelId, d.CanonicalSha256, d.Licence,
        d.LicenseeOrganizationIds, d.RoyaltyPerPart, d.RoyaltyCurrency, d.CreatedAt);
}

/// <summary>An organization registers one of its models in the copyright registry.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer)]
public sealed record ProtectDesign(ProtectDesignInput Input) : ICommand<ProtectedDesignDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => Input.ModelId is { } id ? [new(ResourceKind.Model, id)] : [];

    public void Validate(Validation validation)
    {
        validation.When(Input.ModelId is null, "modelId", "is required.").Text(Input.Name, "name", 200);
        if (Input.Terms is null)
        {
            validation.Add("terms", "is required.");
        }
        else
        {
            Input.Terms.Validate(validation);
        }
    }
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer)]
public sealed record ListProtectedDesigns(Paging Paging) : IQuery<Page<ProtectedDesignDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer)]
public sealed record GetProtectedDesign(Guid ProtectedDesignId) : IQuery<ProtectedDesignDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.ProtectedDesign, ProtectedDesignId)];
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer)]
public sealed record SetLicence(Guid ProtectedDesignId, LicenceInput Input) : ICommand<ProtectedDesignDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.ProtectedDesign, ProtectedDesignId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer)]
public sealed record UnprotectDesign(Guid ProtectedDesignId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.ProtectedDesign, ProtectedDesignId)];
}

public sealed class ProtectedDesignHandlers(AmspDbContext db, Caller caller, TimeProvider time, ModelFingerprints fingerprints)
    : ICommandHandler<ProtectDesign, ProtectedDesignDto>, IQueryHandler<ListProtectedDesigns, Page<ProtectedDesignDto>>,
      IQueryHandler<GetProtectedDesign, ProtectedDesignDto>, ICommandHandler<SetLicence, ProtectedDesignDto>, ICommandHandler<UnprotectDesign, bool>
{
    private static readonly string[] OwnerRoles = [AmspRoles.Customer, AmspRoles.Designer, AmspRoles.Manufacturer];

    public async ValueTask<ProtectedDesignDto> Handle(ProtectDesign command, CancellationToken cancellationToken)
    {
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == command.Input.ModelId, cancellationToken);
        // Only the model's own organization may protect it; a designer who merely worked on it may not.
        if (!caller.HasRoleIn(model.OrganizationId, OwnerRoles))
        {
            throw ApiProblemException.NotFound($"Model {model.Id} does not exist.");
        }
        if (await db.ProtectedDesigns.AnyAsync(d => d.ModelId == model.Id, cancellationToken))
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Already protected", $"Model {model.Id} is already in the registry.");
        }
        var fingerprint = await fingerprints.GetAsync(model, cancellationToken);
        var now = time.GetUtcNow();
        var design = new ProtectedDesign
        {
            Id = Guid.CreateVersion7(now), OwnerOrganizationId = model.OrganizationId, Name = command.Input.Name!.Trim(), ModelId = model.Id,
            CanonicalSha256 = fingerprint.CanonicalSha256, FingerprintJson = fingerprint.Json, RegisteredBy = caller.UserId, CreatedAt = now,
        };
        await ApplyAsync(design, command.Input.Terms!, cancellationToken);
        db.ProtectedDesigns.Add(design);
        return ProtectedDesignDto.From(design);
    }

    public async ValueTask<Page<ProtectedDesignDto>> Handle(ListProtectedDesigns query, CancellationToken cancellationToken)
    {
        var designs = db.ProtectedDesigns.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var mine = caller.OrganizationsWith(OwnerRoles);
            designs = designs.Where(d => mine.Contains(d.OwnerOrganizationId));
        }
        return await designs.OrderBy(d => d.Name).ThenBy(d => d.Id).PageAsync(query.Paging, ProtectedDesignDto.From, cancellationToken);
    }

    public async ValueTask<ProtectedDesignDto> Handle(GetProtectedDesign query, CancellationToken cancellationToken) =>
        ProtectedDesignDto.From(await db.ProtectedDesigns.AsNoTracking().SingleAsync(d => d.Id == query.ProtectedDesignId, cancellationToken));

    public async ValueTask<ProtectedDesignDto> Handle(SetLicence command, CancellationToken cancellationToken)
    {
        var design = await db.ProtectedDesigns.SingleAsync(d => d.Id == command.ProtectedDesignId, cancellationToken);
        await ApplyAsync(design, command.Input, cancellationToken);
        return ProtectedDesignDto.From(design);
    }

    public async ValueTask<bool> Handle(UnprotectDesign command, CancellationToken cancellationToken)
    {
        db.ProtectedDesigns.Remove(await db.ProtectedDesigns.SingleAsync(d => d.Id == command.ProtectedDesignId, cancellationToken));
        return true;
    }

    private async Task ApplyAsync(ProtectedDesign design, LicenceInput terms, CancellationToken ct)
    {
        var licensees = terms.Licence == LicenceKind.ListedLicensees ? terms.LicenseeOrganizationIds!.Distinct().ToList() : [];
        if (await db.Organizations.CountAsync(o => licensees.Contains(o.Id), ct) != licensees.Count)
        {
            throw RequestValidationException.For("licenseeOrganizationIds", "must name existing organizations.");
        }
        design.Licence = terms.Licence!.Value;
        design.LicenseeOrganizationIds = licensees;
        design.RoyaltyPerPart = terms.Licence == LicenceKind.RoyaltyPerPart ? terms.RoyaltyPerPart : null;
        design.RoyaltyCurrency = terms.Licence == LicenceKind.RoyaltyPerPart ? terms.RoyaltyCurrency : null;
    }
}

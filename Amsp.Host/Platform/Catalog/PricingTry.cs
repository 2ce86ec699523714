using Amsp.Activities.Services;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Pricing;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

/// <summary>A sample part for trying a formula: its measures as a formula sees them (cm³, cm², hours, mm).</summary>
public sealed record SamplePartInput(double? Volume, double? Area, double? SupportVolume, double? MachineHours, double? X, double? Y, double? Z, int? Quantity);

/// <summary>A formula to try (the list's own when empty) on a sample part, with one of the centre's materials.</summary>
public sealed record PricingTryInput(string? Script, SamplePartInput? Part, Guid? MaterialId)
{
    public void Validate(Validation v)
    {
        v.Text(Script, "script", PriceListInput.MaxScriptLength, required: false);
        var p = Part;
        v.When(p is null, "part", "is required.");
        if (p is not null)
        {
            v.When(p.Volume is not (> 0 and < 1e9), "part.volume", "is required, above 0 cm³.");
            v.When(p.Area is not (>= 0 and < 1e9), "part.area", "is required, not negative.");
            v.When(p.SupportVolume is not (>= 0 and < 1e9), "part.supportVolume", "is required, not negative.");
            v.When(p.MachineHours is not (>= 0 and < 1e5), "part.machineHours", "is required, from 0 to 100,000 hours.");
            v.When(new[] { p.X, p.Y, p.Z }.Any(d => d is not (> 0 and < 1e6)), "part.bbox", "needs x, y and z above 0 mm.");
            v.When(p.Quantity is not (>= 1 and <= 1_000_000), "part.quantity", "is required, from 1 to 1,000,000.");
        }
    }
}

public sealed record PricedLineDto(QuoteLineKind Kind, string Description, decimal Quantity, decimal UnitPrice, decimal Amount);

public sealed record PricingTryDto(IReadOnlyList<PricedLineDto> Lines, decimal Total, string Currency, string MaterialName);

/// <summary>Runs a pricing formula as a quote would, on a sample part: nothing is stored.</summary>
[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record TryPricingScript(Guid PriceListId, PricingTryInput Input) : IQuery<PricingTryDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.PriceList, PriceListId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

public sealed class PricingTryHandler(AmspDbContext db, PricingScripts scripts) : IQueryHandler<TryPricingScript, PricingTryDto>
{
    public async ValueTask<PricingTryDto> Handle(TryPricingScript query, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.AsNoTracking().SingleAsync(p => p.Id == query.PriceListId, cancellationToken);
        var materials = db.Materials.AsNoTracking().Where(m => m.OrganizationId == list.OrganizationId);
        var material = await (query.Input.MaterialId is { } id ? materials.Where(m => m.Id == id) : materials.Where(m => m.Active).OrderBy(m => m.Name))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "No material", "The centre has no such material to price the sample part with.");
        var script = string.IsNullOrWhiteSpace(query.Input.Script) ? list.PricingScript : query.Input.Script;
        if (string.IsNullOrWhiteSpace(script))
        {
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "No formula", "Write a formula to try: the price list has none.");
        }
        var p = query.Input.Part!;
        var part = new ScriptPart(p.Volume!.Value, p.Area!.Value, p.Volume.Value, p.SupportVolume!.Value, 1, p.MachineHours!.Value, p.X!.Value, p.Y!.Value, p.Z!.Value);
        try
        {
            var (lines, total) = await scripts.RunAsync(script, PricingScripts.Input(part, p.Quantity!.Value, [], material, list), list.Currency, cancellationToken);
            return new PricingTryDto([.. lines.Select(l => new PricedLineDto(l.Kind, l.Description, l.Quantity, l.UnitPrice, l.Amount))], total, list.Currency, material.Name);
        }
        catch (PricingException e)
        {
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "The formula failed", e.Message);
        }
    }
}

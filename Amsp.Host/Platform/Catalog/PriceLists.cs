using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

public sealed record PostProcessingPriceDto(PostProcessingKind Kind, decimal PricePerPart);

public sealed record QuantityDiscountDto(int MinQuantity, decimal DiscountPercent);

public sealed record PriceListInput(string? Name, string? Currency, decimal? SetupFee, decimal? MachineHourlyRate,
    IReadOnlyList<PostProcessingPriceDto>? PostProcessing, IReadOnlyList<QuantityDiscountDto>? QuantityDiscounts,
    decimal? MarginPercent, int? QuoteValidityDays, string? PricingScript, bool? Active)
{
    /// <summary>Longest pricing script accepted, in characters.</summary>
    public const int MaxScriptLength = 20_000;

    public void Validate(Validation v)
    {
        v.Text(Name, "name", 200).Currency(Currency, "currency");
        v.When(SetupFee is not >= 0, "setupFee", "is required and must not be negative.");
        v.When(MachineHourlyRate is not >= 0, "machineHourlyRate", "is required and must not be negative.");
        v.When(MarginPercent is not (>= 0 and <= 1000), "marginPercent", "is required, from 0 to 1000.");
        v.When(QuoteValidityDays is not (>= 1 and <= 365), "quoteValidityDays", "is required, from 1 to 365 days.");
        v.Text(PricingScript, "pricingScript", MaxScriptLength, required: false);
        var post = PostProcessing ?? [];
        v.When(post.Count > 16 || post.Any(p => p.PricePerPart < 0), "postProcessing", "takes at most 16 steps, none with a negative price.");
        v.When(post.GroupBy(p => p.Kind).Any(g => g.Count() > 1), "postProcessing", "names each step once.");
        var discounts = QuantityDiscounts ?? [];
        v.When(discounts.Count > 32 || discounts.Any(d => d.MinQuantity < 1 || d.DiscountPercent is < 0 or > 100),
            "quantityDiscounts", "takes at most 32 rows, each from a quantity of 1 or more with a discount from 0 to 100 %.");
        v.When(discounts.GroupBy(d => d.MinQuantity).Any(g => g.Count() > 1), "quantityDiscounts", "names each minimum quantity once.");
    }
}

public sealed record PriceListDto(Guid Id, Guid OrganizationId, string Name, string Currency, decimal SetupFee, decimal MachineHourlyRate,
    IReadOnlyList<PostProcessingPriceDto> PostProcessing, IReadOnlyList<QuantityDiscountDto> QuantityDiscounts, decimal MarginPercent,
    int QuoteValidityDays, string? PricingScript, bool Active, DateTimeOffset UpdatedAt)
{
    public static PriceListDto From(PriceList p) => new(p.Id, p.OrganizationId, p.Name, p.Currency, p.SetupFee, p.MachineHourlyRate,
        p.PostProcessing.Select(x => new PostProcessingPriceDto(x.Kind, x.PricePerPart)).ToList(),
        p.QuantityDiscounts.Select(x => new QuantityDiscountDto(x.MinQuantity, x.DiscountPercent)).ToList(),
        p.MarginPercent, p.QuoteValidityDays, p.PricingScript, p.Active, p.UpdatedAt);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record ListPriceLists(Guid OrganizationId) : IQuery<IReadOnlyList<PriceListDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record CreatePriceList(Guid OrganizationId, PriceListInput Input) : ICommand<PriceListDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record GetPriceList(Guid PriceListId) : IQuery<PriceListDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.PriceList, PriceListId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record UpdatePriceList(Guid PriceListId, PriceListInput Input) : ICommand<PriceListDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.PriceList, PriceListId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record DeletePriceList(Guid PriceListId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.PriceList, PriceListId)];
}

public sealed class PriceListHandlers(AmspDbContext db, TimeProvider time)
    : IQueryHandler<ListPriceLists, IReadOnlyList<PriceListDto>>, ICommandHandler<CreatePriceList, PriceListDto>,
      IQueryHandler<GetPriceList, PriceListDto>, ICommandHandler<UpdatePriceList, PriceListDto>, ICommandHandler<DeletePriceList, bool>
{
    public async ValueTask<IReadOnlyList<PriceListDto>> Handle(ListPriceLists query, CancellationToken cancellationToken) =>
        (await db.PriceLists.AsNoTracking().Where(p => p.OrganizationId == query.OrganizationId).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken)).Select(PriceListDto.From).ToList();

    public async ValueTask<PriceListDto> Handle(CreatePriceList command, CancellationToken cancellationToken)
    {
        await AmCentres.RequireAsync(db, command.OrganizationId, cancellationToken);
        var list = new PriceList { Id = Guid.CreateVersion7(time.GetUtcNow()), OrganizationId = command.OrganizationId };
        Apply(list, command.Input);
        db.PriceLists.Add(list);
        return PriceListDto.From(list);
    }

    public async ValueTask<PriceListDto> Handle(GetPriceList query, CancellationToken cancellationToken) =>
        PriceListDto.From(await db.PriceLists.AsNoTracking().SingleAsync(p => p.Id == query.PriceListId, cancellationToken));

    public async ValueTask<PriceListDto> Handle(UpdatePriceList command, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.SingleAsync(p => p.Id == command.PriceListId, cancellationToken);
        Apply(list, command.Input);
        return PriceListDto.From(list);
    }

    public async ValueTask<bool> Handle(DeletePriceList command, CancellationToken cancellationToken)
    {
        db.PriceLists.Remove(await db.PriceLists.SingleAsync(p => p.Id == command.PriceListId, cancellationToken));
        return true;
    }

    private void Apply(PriceList list, PriceListInput input)
    {
        list.Name = input.Name!.Trim();
        list.Currency = input.Currency!;
        list.SetupFee = input.SetupFee!.Value;
        list.MachineHourlyRate = input.MachineHourlyRate!.Value;
        list.PostProcessing = (input.PostProcessing ?? []).Select(p => new PostProcessingPrice { Kind = p.Kind, PricePerPart = p.PricePerPart }).ToList();
        list.QuantityDiscounts = (input.QuantityDiscounts ?? []).OrderBy(d => d.MinQuantity)
            .Select(d => new QuantityDiscount { MinQuantity = d.MinQuantity, DiscountPercent = d.DiscountPercent }).ToList();
        list.MarginPercent = input.MarginPercent!.Value;
        list.QuoteValidityDays = input.QuoteValidityDays!.Value;
        list.PricingScript = string.IsNullOrWhiteSpace(input.PricingScript) ? null : input.PricingScript;
        list.Active = input.Active ?? true;
        list.UpdatedAt = time.GetUtcNow();
    }
}

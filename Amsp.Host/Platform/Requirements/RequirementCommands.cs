using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Domain.Requirements;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Requirements;

[AllowedRoles(AmspRoles.Customer)]
public sealed record CreateRequirement(Guid? OrganizationId, RequirementInput Input) : ICommand<RequirementDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => OrganizationId is { } id ? [new(ResourceKind.Organization, id)] : [];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record UpdateRequirement(Guid RequirementId, RequirementInput Input) : ICommand<RequirementDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Requirement, RequirementId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record DeleteRequirement(Guid RequirementId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Requirement, RequirementId)];
}

/// <summary>Submitting a draft: it must say what an order needs (model, quantity, due date ahead, delivery address).</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record SubmitRequirement(Guid RequirementId) : ICommand<RequirementDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Requirement, RequirementId)];
}

public sealed class RequirementCommandHandlers(AmspDbContext db, Caller caller, TimeProvider time)
    : ICommandHandler<CreateRequirement, RequirementDto>, ICommandHandler<UpdateRequirement, RequirementDto>,
      ICommandHandler<DeleteRequirement, bool>, ICommandHandler<SubmitRequirement, RequirementDto>
{
    public async ValueTask<RequirementDto> Handle(CreateRequirement command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var requirement = new Requirement
        {
            Id = Guid.CreateVersion7(now), OrganizationId = caller.ActingOrganization(AmspRoles.Customer, command.OrganizationId),
            CreatedBy = caller.UserId, CreatedAt = now, Status = RequirementStatus.Draft,
        };
        await ApplyAsync(requirement, command.Input, cancellationToken);
        db.Requirements.Add(requirement);
        return RequirementDto.From(requirement);
    }

    public async ValueTask<RequirementDto> Handle(UpdateRequirement command, CancellationToken cancellationToken)
    {
        var requirement = await DraftAsync(command.RequirementId, "changed", cancellationToken);
        await ApplyAsync(requirement, command.Input, cancellationToken);
        return RequirementDto.From(requirement);
    }

    public async ValueTask<bool> Handle(DeleteRequirement command, CancellationToken cancellationToken)
    {
        var requirement = await DraftAsync(command.RequirementId, "deleted", cancellationToken);
        db.Requirements.Remove(requirement);
        return true;
    }

    public async ValueTask<RequirementDto> Handle(SubmitRequirement command, CancellationToken cancellationToken)
    {
        var requirement = await DraftAsync(command.RequirementId, "submitted again", cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var v = new Validation()
            .When(string.IsNullOrWhiteSpace(requirement.Title), "title", "is required to submit.")
            .When(requirement.ModelId is null, "modelId", "is required to submit: upload a model, or ask for a design and accept a version.")
            .When(requirement.DueDate is not { } due || due <= today, "dueDate", $"is required to submit and must be after today ({today:yyyy-MM-dd}).")
            .When(requirement.DeliveryAddress.Country.Length == 0, "deliveryAddress", "is required to submit.");
        if (!v.IsValid)
        {
            throw new RequestValidationException(v.Errors);
        }
        requirement.Status = RequirementStatus.Submitted;
        requirement.SubmittedAt = requirement.UpdatedAt = time.GetUtcNow();
        return RequirementDto.From(requirement);
    }

    private async Task<Requirement> DraftAsync(Guid id, string action, CancellationToken ct)
    {
        var requirement = await db.Requirements.SingleAsync(r => r.Id == id, ct);
        return requirement.Status == RequirementStatus.Draft
            ? requirement
            : throw new ApiProblemException(StatusCodes.Status409Conflict, "Already submitted",
                $"Requirement {id} was submitted and can no longer be {action}.");
    }

    private async Task ApplyAsync(Requirement r, RequirementInput input, CancellationToken ct)
    {
        // A model of another organization is answered exactly like one that does not exist.
        if (input.ModelId is { } modelId && !await db.Models.AnyAsync(m => m.Id == modelId && m.OrganizationId == r.OrganizationId, ct))
        {
            throw RequestValidationException.For("modelId", $"names no model of this organization ({modelId}).");
        }
        r.Title = input.Title?.Trim() ?? "";
        r.ModelId = input.ModelId;
        r.Units = input.Units ?? LengthUnit.Millimetre;
        r.Process = input.Process;
        r.Material = Blank(input.Material);
        r.Colour = Blank(input.Colour);
        r.Quantity = input.Quantity ?? 1;
        r.GeneralTolerance = input.GeneralTolerance ?? GeneralTolerance.Medium;
        r.CriticalDimensions = (input.CriticalDimensions ?? []).Select(d => new CriticalDimension
        {
            Name = d.Name.Trim(), Nominal = d.Nominal, UpperDeviation = d.UpperDeviation, LowerDeviation = d.LowerDeviation, Method = Blank(d.Method),
        }).ToList();
        r.SurfaceFinish = Blank(input.SurfaceFinish);
        r.PostProcessing = (input.PostProcessing ?? []).Distinct().ToList();
        r.BuildOrientation = Blank(input.BuildOrientation);
        r.AcceptableImperfections = Blank(input.AcceptableImperfections);
        r.InspectionMethod = Blank(input.InspectionMethod);
        r.CertificateLevel = input.CertificateLevel ?? CertificateLevel.None;
        r.Packaging = Blank(input.Packaging);
        r.DueDate = input.DueDate;
        r.DeliveryAddress = input.DeliveryAddress?.ToEntity() ?? new Address();
        r.Notes = Blank(input.Notes);
        r.UpdatedAt = time.GetUtcNow();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Organizations;
using Amsp.Host.Platform.Orders;
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

/// <summary>The order a submitted requirement became.</summary>
public sealed record SubmittedOrder(Guid Id, string Number, string InstanceId, Guid OrganizationId);

/// <summary>
/// Submitting a draft: it must say what an order needs (title, model, due date ahead, delivery address); it then becomes
/// an order, numbered, whose workflow the endpoint starts once the order is stored.
/// </summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record SubmitRequirement(Guid RequirementId) : ICommand<SubmittedOrder>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Requirement, RequirementId)];
}

public sealed class RequirementCommandHandlers(AmspDbContext db, Caller caller, TimeProvider time)
    : ICommandHandler<CreateRequirement, RequirementDto>, ICommandHandler<UpdateRequirement, RequirementDto>,
      ICommandHandler<DeleteRequirement, bool>, ICommandHandler<SubmitRequirement, SubmittedOrder>
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
        // A submitted requirement changes only while its order waits for the customer's correction.
        var requirement = await db.Requirements.SingleAsync(r => r.Id == command.RequirementId, cancellationToken);
        if (requirement.Status != RequirementStatus.Draft
            && !await db.Orders.AnyAsync(o => o.RequirementId == requirement.Id && o.Status == OrderStatus.Invalid, cancellationToken))
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Already submitted",
                $"Requirement {requirement.Id} was submitted: it changes only while its order waits for a correction.");
        }
        await ApplyAsync(requirement, command.Input, cancellationToken);
        return RequirementDto.From(requirement);
    }

    public async ValueTask<bool> Handle(DeleteRequirement command, CancellationToken cancellationToken)
    {
        var requirement = await DraftAsync(command.RequirementId, "deleted", cancellationToken);
        db.Requirements.Remove(requirement);
        return true;
    }

    public async ValueTask<SubmittedOrder> Handle(SubmitRequirement command, CancellationToken cancellationToken)
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
        var now = time.GetUtcNow();
        requirement.Status = RequirementStatus.Submitted;
        requirement.SubmittedAt = requirement.UpdatedAt = now;
        var id = Guid.CreateVersion7(now);
        var order = new Order
        {
            Id = id, Number = await OrderNumbers.NextAsync(db, now.Year, cancellationToken), OrganizationId = requirement.OrganizationId,
            RequirementId = requirement.Id, CreatedBy = caller.UserId, ModelId = requirement.ModelId, CreatedAt = now,
            InstanceId = OrderWorkflow.InstanceIdOf(id), Status = OrderStatus.Requested,
        };
        order.History.Add(new OrderStatusChange { Id = Guid.CreateVersion7(now), OrderId = id, Sequence = 1, At = now, To = OrderStatus.Requested, Actor = caller.UserId, Reason = "Requirement submitted." });
        order.UpdatedAt = now;
        db.Orders.Add(order);
        return new SubmittedOrder(order.Id, order.Number, order.InstanceId, order.OrganizationId);
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

using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Organizations;

/// <summary>An organization's registration data.</summary>
public sealed record OrganizationInput(OrganizationKind? Kind, string? LegalName, AddressDto? Address, string? VatId)
{
    public void Validate(Validation v)
    {
        v.When(Kind is null, "kind", "is required (Customer, AmCentre or Platform).");
        v.Text(LegalName, "legalName", 200).Address(Address, "address").Text(VatId, "vatId", 32, required: false);
    }
}

[AllowedRoles]
public sealed record CreateOrganization(OrganizationInput Input) : ICommand<OrganizationDto>, IValidated
{
    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles]
public sealed record UpdateOrganization(Guid OrganizationId, OrganizationInput Input) : ICommand<OrganizationDto>, IValidated, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

public sealed class OrganizationCommandHandlers(AmspDbContext db, TimeProvider time)
    : ICommandHandler<CreateOrganization, OrganizationDto>, ICommandHandler<UpdateOrganization, OrganizationDto>
{
    public ValueTask<OrganizationDto> Handle(CreateOrganization command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organization = new Organization { Id = Guid.CreateVersion7(now), CreatedAt = now };
        Apply(organization, command.Input);
        db.Organizations.Add(organization);
        return ValueTask.FromResult(organization.ToDto());
    }

    public async ValueTask<OrganizationDto> Handle(UpdateOrganization command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, cancellationToken);
        if (organization.Kind != command.Input.Kind
            && await db.Memberships.AnyAsync(m => m.OrganizationId == organization.Id, cancellationToken))
        {
            throw RequestValidationException.For("kind", "cannot change while the organization has members: their roles depend on it.");
        }
        Apply(organization, command.Input);
        return organization.ToDto();
    }

    private static void Apply(Organization organization, OrganizationInput input)
    {
        organization.Kind = input.Kind!.Value;
        organization.LegalName = input.LegalName!.Trim();
        organization.Address = input.Address!.ToEntity();
        organization.VatId = string.IsNullOrWhiteSpace(input.VatId) ? null : input.VatId.Trim();
    }
}

using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Organizations;

public sealed record MemberDto(string PersonId, string? Email, string? DisplayName, IReadOnlyList<string> Roles);

public sealed record PersonDto(string Id, string? Email, string? DisplayName, IReadOnlyList<PersonMembershipDto> Memberships);

public sealed record PersonMembershipDto(Guid OrganizationId, string OrganizationName, OrganizationKind Kind, IReadOnlyList<string> Roles);

public sealed record RolesInput(IReadOnlyList<string>? Roles);

[AllowedRoles]
public sealed record ListMembers(Guid OrganizationId) : IQuery<IReadOnlyList<MemberDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

/// <summary>Gives a person roles in an organization, replacing the roles they held there.</summary>
[AllowedRoles]
public sealed record SetMembership(Guid OrganizationId, string PersonId, RolesInput Input) : ICommand<MemberDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles]
public sealed record RemoveMembership(Guid OrganizationId, string PersonId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles]
public sealed record ListPeople(string? Search, Paging Paging) : IQuery<Page<PersonDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles]
public sealed record GetPerson(string PersonId) : IQuery<PersonDto>;

public sealed class MemberHandlers(AmspDbContext db, TimeProvider time)
    : IQueryHandler<ListMembers, IReadOnlyList<MemberDto>>, ICommandHandler<SetMembership, MemberDto>,
      ICommandHandler<RemoveMembership, bool>, IQueryHandler<ListPeople, Page<PersonDto>>, IQueryHandler<GetPerson, PersonDto>
{
    public async ValueTask<IReadOnlyList<MemberDto>> Handle(ListMembers query, CancellationToken cancellationToken) =>
        await (from m in db.Memberships.AsNoTracking()
               join u in db.Users on m.UserId equals u.Id
               where m.OrganizationId == query.OrganizationId
               orderby u.Email
               select new MemberDto(u.Id, u.Email, u.DisplayName, m.Roles)).ToListAsync(cancellationToken);

    public async ValueTask<MemberDto> Handle(SetMembership command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, cancellationToken);
        var validation = new Validation().Roles(command.Input.Roles, organization.Kind, "roles");
        if (!validation.IsValid)
        {
            throw new RequestValidationException(validation.Errors);
        }
        var person = await db.Users.SingleOrDefaultAsync(u => u.Id == command.PersonId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Person {command.PersonId} does not exist.");
        var membership = await db.Memberships.SingleOrDefaultAsync(
            m => m.OrganizationId == organization.Id && m.UserId == person.Id, cancellationToken);
        if (membership is null)
        {
            var now = time.GetUtcNow();
            membership = new Membership { Id = Guid.CreateVersion7(now), OrganizationId = organization.Id, UserId = person.Id, CreatedAt = now };
            db.Memberships.Add(membership);
        }
        membership.Roles = command.Input.Roles!.Distinct(StringComparer.Ordinal).ToList();
        return new MemberDto(person.Id, person.Email, person.DisplayName, membership.Roles);
    }

    public async ValueTask<bool> Handle(RemoveMembership command, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(
            m => m.OrganizationId == command.OrganizationId && m.UserId == command.PersonId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Person {command.PersonId} is not a member of organization {command.OrganizationId}.");
        db.Memberships.Remove(membership);
        return true;
    }

    public async ValueTask<Page<PersonDto>> Handle(ListPeople query, CancellationToken cancellationToken)
    {
        var people = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            people = people.Where(u => u.Email!.Contains(query.Search) || u.DisplayName!.Contains(query.Search));
        }
        var page = await people.OrderBy(u => u.Email).ThenBy(u => u.Id).PageAsync(query.Paging, u => u, cancellationToken);
        var memberships = await MembershipsOfAsync(page.Items.Select(u => u.Id).ToList(), cancellationToken);
        return new Page<PersonDto>(page.Items.Select(u => new PersonDto(u.Id, u.Email, u.DisplayName,
            memberships.GetValueOrDefault(u.Id, []))).ToList(), page.Total, page.PageNumber, page.PageSize);
    }

    public async ValueTask<PersonDto> Handle(GetPerson query, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.PersonId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Person {query.PersonId} does not exist.");
        var memberships = await MembershipsOfAsync([person.Id], cancellationToken);
        return new PersonDto(person.Id, person.Email, person.DisplayName, memberships.GetValueOrDefault(person.Id, []));
    }

    private async Task<Dictionary<string, List<PersonMembershipDto>>> MembershipsOfAsync(List<string> people, CancellationToken ct) =>
        (await (from m in db.Memberships.AsNoTracking()
                join o in db.Organizations on m.OrganizationId equals o.Id
                where people.Contains(m.UserId)
                select new { m.UserId, Dto = new PersonMembershipDto(o.Id, o.LegalName, o.Kind, m.Roles) }).ToListAsync(ct))
        .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Dto).OrderBy(d => d.OrganizationName).ToList());
}

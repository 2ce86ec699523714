using System.Security.Cryptography;
using System.Text;
using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Organizations;

public sealed record InvitationInput(string? Email, IReadOnlyList<string>? Roles);

public sealed record InvitationDto(Guid Id, Guid OrganizationId, string Email, IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt);

/// <summary>A new invitation with its one-time link, shown once: only the token's hash is stored.</summary>
public sealed record CreatedInvitationDto(InvitationDto Invitation, string Token, string Link);

public sealed record AcceptInvitationInput(string? Token, string? Password, string? DisplayName);

public sealed record AcceptedInvitationDto(Guid OrganizationId, string Email, IReadOnlyList<string> Roles, bool AccountCreated);

[AllowedRoles]
public sealed record InvitePerson(Guid OrganizationId, InvitationInput Input, string LinkBase) : ICommand<CreatedInvitationDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) =>
        validation.When(Input.Email is not { Length: > 3 and <= 256 } e || !e.Contains('@', StringComparison.Ordinal), "email", "must be an e-mail address.");
}

[AllowedRoles]
public sealed record ListInvitations(Guid OrganizationId) : IQuery<IReadOnlyList<InvitationDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

/// <summary>
/// Accepting an invitation: a new address gets an account with the password given; an address that has one
/// proves it with that account's password. Either way the person joins the organization with the roles.
/// </summary>
[AnonymousRequest]
public sealed record AcceptInvitation(AcceptInvitationInput Input) : ICommand<AcceptedInvitationDto>, IValidated
{
    public void Validate(Validation validation) =>
        validation.Text(Input.Token, "token", 200).Text(Input.Password, "password", 200).Text(Input.DisplayName, "displayName", 200, required: false);
}

public sealed partial class InvitationHandlers(AmspDbContext db, UserManager<AmspUser> users, TimeProvider time,
    Caller caller, IHostEnvironment environment, ILogger<InvitationHandlers> logger)
    : ICommandHandler<InvitePerson, CreatedInvitationDto>, IQueryHandler<ListInvitations, IReadOnlyList<InvitationDto>>,
      ICommandHandler<AcceptInvitation, AcceptedInvitationDto>
{
    /// <summary>How long an invitation link stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async ValueTask<CreatedInvitationDto> Handle(InvitePerson command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == command.OrganizationId, cancellationToken);
        var validation = new Validation().Roles(command.Input.Roles, organization.Kind, "roles");
        if (!validation.IsValid)
        {
            throw new RequestValidationException(validation.Errors);
        }
        var now = time.GetUtcNow();
        var token = Base64UrlToken();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now), OrganizationId = organization.Id, Email = command.Input.Email!.Trim(),
            Roles = command.Input.Roles!.Distinct(StringComparer.Ordinal).ToList(), TokenHash = Hash(token),
            InvitedBy = caller.UserId, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.Invitations.Add(invitation);
        var link = $"{command.LinkBase.TrimEnd('/')}/studio/invitations/accept?token={token}";
        if (environment.IsDevelopment())
        {
            LogInvitation(logger, invitation.Email, organization.LegalName, link);
        }
        return new CreatedInvitationDto(ToDto(invitation), token, link);
    }

    public async ValueTask<IReadOnlyList<InvitationDto>> Handle(ListInvitations query, CancellationToken cancellationToken) =>
        (await db.Invitations.AsNoTracking().Where(i => i.OrganizationId == query.OrganizationId)
            .OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async ValueTask<AcceptedInvitationDto> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var hash = Hash(command.Input.Token!);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt <= time.GetUtcNow())
        {
            throw ApiProblemException.NotFound("This invitation link is unknown, already used or expired; ask for a new one.");
        }
        var user = await users.FindByEmailAsync(invitation.Email);
        var created = user is null;
        if (user is null)
        {
            user = new AmspUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = command.Input.DisplayName };
            var result = await users.CreateAsync(user, command.Input.Password!);
            if (!result.Succeeded)
            {
                throw new RequestValidationException(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
            }
        }
        else if (!await users.CheckPasswordAsync(user, command.Input.Password!))
        {
            throw new ApiProblemException(StatusCodes.Status401Unauthorized, "Sign-in failed",
                "An account with this e-mail address exists: give its password to accept the invitation.");
        }
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == invitation.OrganizationId && m.UserId == user.Id, cancellationToken);
        var now = time.GetUtcNow();
        if (membership is null)
        {
            membership = new Membership { Id = Guid.CreateVersion7(now), OrganizationId = invitation.OrganizationId, UserId = user.Id, CreatedAt = now };
            db.Memberships.Add(membership);
        }
        membership.Roles = membership.Roles.Union(invitation.Roles, StringComparer.Ordinal).ToList();
        invitation.AcceptedAt = now;
        invitation.AcceptedBy = user.Id;
        return new AcceptedInvitationDto(invitation.OrganizationId, invitation.Email, membership.Roles, created);
    }

    private static InvitationDto ToDto(Invitation i) => new(i.Id, i.OrganizationId, i.Email, i.Roles, i.CreatedAt, i.ExpiresAt, i.AcceptedAt);

    private static string Base64UrlToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation for {Email} to {Organization} (Development only): {Link}")]
    private static partial void LogInvitation(ILogger logger, string email, string organization, string link);
}

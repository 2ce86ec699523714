using System.Security.Cryptography;
using Amsp.Domain.Erp;
using Amsp.Domain.Identity;
using Amsp.Domain.Organizations;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Amsp.Host.Integration.Machine;

public sealed record MachineClientInput(string? DisplayName, IReadOnlyList<string>? Scopes)
{
    public void Validate(Validation v)
    {
        v.Text(DisplayName, "displayName", 200);
        v.When(Scopes is not { Count: > 0 }, "scopes", $"is required: one or more of {string.Join(", ", ErpScopes.All)}.");
        foreach (var scope in (Scopes ?? []).Where(s => !ErpScopes.All.Contains(s, StringComparer.Ordinal)))
        {
            v.Add("scopes", $"'{scope}' is not a scope; use {string.Join(", ", ErpScopes.All)}.");
        }
    }
}

/// <summary>A machine client as listed: never its secret.</summary>
public sealed record MachineClientDto(Guid Id, string ClientId, Guid OrganizationId, string DisplayName, IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset SecretIssuedAt)
{
    public static MachineClientDto From(MachineClient c) => new(c.Id, c.ClientId, c.OrganizationId, c.DisplayName, c.Scopes, c.CreatedAt, c.SecretIssuedAt);
}

/// <summary>A client with its secret: answered once, when it is created or its secret rotated, and never stored in clear.</summary>
public sealed record MachineClientWithSecret(MachineClientDto Client, string ClientSecret);

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record CreateMachineClient(Guid OrganizationId, MachineClientInput Input) : ICommand<MachineClientWithSecret>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record ListMachineClients(Guid OrganizationId) : IQuery<IReadOnlyList<MachineClientDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record RotateMachineClientSecret(Guid OrganizationId, Guid MachineClientId) : ICommand<MachineClientWithSecret>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

/// <summary>Deletes the client: its secret stops working and its tokens stop counting at once.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record DeleteMachineClient(Guid OrganizationId, Guid MachineClientId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

/// <summary>
/// Machine clients of an organization, managed by its people: the Manufacturer role for an AM centre, the Customer
/// role for a customer organization (and administrators). The secret lives only as OpenIddict's hash.
/// </summary>
public sealed class MachineClientHandlers(AmspDbContext db, Caller caller, TimeProvider time, IOpenIddictApplicationManager applications)
    : ICommandHandler<CreateMachineClient, MachineClientWithSecret>, IQueryHandler<ListMachineClients, IReadOnlyList<MachineClientDto>>,
      ICommandHandler<RotateMachineClientSecret, MachineClientWithSecret>, ICommandHandler<DeleteMachineClient, bool>
{
    public async ValueTask<MachineClientWithSecret> Handle(CreateMachineClient command, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(command.OrganizationId, cancellationToken);
        var now = time.GetUtcNow();
        var client = new MachineClient
        {
            Id = Guid.CreateVersion7(now), ClientId = $"erp_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}",
            OrganizationId = command.OrganizationId, DisplayName = command.Input.DisplayName!.Trim(),
            Scopes = command.Input.Scopes!.Distinct(StringComparer.Ordinal).ToList(), CreatedAt = now, CreatedBy = caller.UserId, SecretIssuedAt = now,
        };
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId, ClientSecret = secret, ClientType = ClientTypes.Confidential, DisplayName = client.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Permissions.UnionWith(client.Scopes.Select(s => Permissions.Prefixes.Scope + s));
        await applications.CreateAsync(descriptor, cancellationToken);
        db.MachineClients.Add(client);
        return new MachineClientWithSecret(MachineClientDto.From(client), secret);
    }

    public async ValueTask<IReadOnlyList<MachineClientDto>> Handle(ListMachineClients query, CancellationToken cancellationToken) =>
        (await db.MachineClients.AsNoTracking().Where(c => c.OrganizationId == query.OrganizationId).OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken)).Select(MachineClientDto.From).ToList();

    public async ValueTask<MachineClientWithSecret> Handle(RotateMachineClientSecret command, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(command.OrganizationId, cancellationToken);
        var (client, application) = await FindAsync(command.OrganizationId, command.MachineClientId, cancellationToken);
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        client.SecretIssuedAt = time.GetUtcNow();
        return new MachineClientWithSecret(MachineClientDto.From(client), secret);
    }

    public async ValueTask<bool> Handle(DeleteMachineClient command, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(command.OrganizationId, cancellationToken);
        var (client, application) = await FindAsync(command.OrganizationId, command.MachineClientId, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        db.MachineClients.Remove(client);
        return true;
    }

    private async Task<(MachineClient Client, object Application)> FindAsync(Guid organization, Guid id, CancellationToken ct)
    {
        var client = await db.MachineClients.SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == organization, ct)
            ?? throw ApiProblemException.NotFound($"Machine client {id} does not exist.");
        var application = await applications.FindByClientIdAsync(client.ClientId, ct)
            ?? throw new InvalidOperationException($"Machine client {client.ClientId} has no token-server application.");
        return (client, application);
    }

    // The role that fits the organization's kind: Manufacturer in an AM centre, Customer in a customer organization.
    private async Task RequireManagerAsync(Guid organization, CancellationToken ct)
    {
        var kind = await db.Organizations.Where(o => o.Id == organization).Select(o => o.Kind).SingleAsync(ct);
        if (kind == OrganizationKind.Platform)
        {
            throw ApiProblemException.BadRequest("Machine clients belong to a customer organization or an AM centre, not to the platform.");
        }
        var role = kind == OrganizationKind.AmCentre ? AmspRoles.Manufacturer : AmspRoles.Customer;
        if (!caller.HasRoleIn(organization, [role]))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Forbidden", $"Managing this organization's machine clients needs its {role} role.");
        }
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Integration.Connectors;

public abstract record ConnectorRequest(Guid OrganizationId) : IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record ListConnectors(Guid OrganizationId) : ConnectorRequest(OrganizationId), IQuery<IReadOnlyList<ConnectorDto>>;

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record GetConnector(Guid OrganizationId, Guid ConnectorId) : ConnectorRequest(OrganizationId), IQuery<ConnectorDto>;

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record CreateConnector(Guid OrganizationId, ConnectorInput Input) : ConnectorRequest(OrganizationId), ICommand<ConnectorWithSecret>, IValidated
{
    public void Validate(Validation validation) => Input.Validate(validation, creating: true);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record UpdateConnector(Guid OrganizationId, Guid ConnectorId, ConnectorInput Input) : ConnectorRequest(OrganizationId), ICommand<ConnectorDto>, IValidated
{
    public void Validate(Validation validation) => Input.Validate(validation, creating: false);
}

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record DeleteConnector(Guid OrganizationId, Guid ConnectorId) : ConnectorRequest(OrganizationId), ICommand<bool>;

[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record RotateConnectorSecret(Guid OrganizationId, Guid ConnectorId, RotateSecretInput Input)
    : ConnectorRequest(OrganizationId), ICommand<ConnectorWithSecret>, IValidated
{
    public void Validate(Validation validation) => validation
        .When(Input.PreviousValidForHours is < 0 or > 720, "previousValidForHours", "must be from 0 to 720.")
        .When(Input.Secret is { Length: 0 or > 8000 }, "secret", "must be 1 to 8000 characters.");
}

public sealed class ConnectorHandlers(AmspDbContext db, ConnectorSecrets secrets, IOptions<OutboxOptions> options, TimeProvider clock)
    : IQueryHandler<ListConnectors, IReadOnlyList<ConnectorDto>>, IQueryHandler<GetConnector, ConnectorDto>,
      ICommandHandler<CreateConnector, ConnectorWithSecret>, ICommandHandler<UpdateConnector, ConnectorDto>,
      ICommandHandler<DeleteConnector, bool>, ICommandHandler<RotateConnectorSecret, ConnectorWithSecret>
{
    public async ValueTask<IReadOnlyList<ConnectorDto>> Handle(ListConnectors query, CancellationToken cancellationToken) =>
        (await db.Connectors.AsNoTracking().Where(c => c.OrganizationId == query.OrganizationId).OrderBy(c => c.Name).ToListAsync(cancellationToken))
        .Select(ConnectorDto.From).ToList();

    public async ValueTask<ConnectorDto> Handle(GetConnector query, CancellationToken cancellationToken) =>
        ConnectorDto.From(await FindAsync(db, query.OrganizationId, query.ConnectorId, cancellationToken));

    public async ValueTask<ConnectorWithSecret> Handle(CreateConnector command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await RequireUniqueNameAsync(command.OrganizationId, input.Name!.Trim(), null, cancellationToken);
        var now = clock.GetUtcNow();
        var secret = input.Secret ?? (input.Kind == ConnectorKinds.Webhook ? WebhookSecret.Generate() : null);
        var connector = new Connector
        {
            Id = Guid.CreateVersion7(now), OrganizationId = command.OrganizationId, Kind = input.Kind!, CreatedAt = now,
            ProtectedSecret = secret is null ? null : secrets.Protect(secret),
        };
        Apply(connector, input, now);
        db.Connectors.Add(connector);
        return new ConnectorWithSecret(ConnectorDto.From(connector), secret);
    }

    public async ValueTask<ConnectorDto> Handle(UpdateConnector command, CancellationToken cancellationToken)
    {
        var connector = await FindAsync(db, command.OrganizationId, command.ConnectorId, cancellationToken, tracked: true);
        if (command.Input.Kind != connector.Kind)
        {
            throw RequestValidationException.For("kind", $"is {connector.Kind} and cannot change; make another connector.");
        }
        await RequireUniqueNameAsync(command.OrganizationId, command.Input.Name!.Trim(), connector.Id, cancellationToken);
        Apply(connector, command.Input, clock.GetUtcNow());
        return ConnectorDto.From(connector);
    }

    public async ValueTask<bool> Handle(DeleteConnector command, CancellationToken cancellationToken)
    {
        db.Connectors.Remove(await FindAsync(db, command.OrganizationId, command.ConnectorId, cancellationToken, tracked: true));
        return true;
    }

    public async ValueTask<ConnectorWithSecret> Handle(RotateConnectorSecret command, CancellationToken cancellationToken)
    {
        var connector = await FindAsync(db, command.OrganizationId, command.ConnectorId, cancellationToken, tracked: true);
        var webhook = connector.Kind == ConnectorKinds.Webhook;
        if (webhook && command.Input.Secret is { } given && WebhookSecret.TryDecode(given) is null)
        {
            throw RequestValidationException.For("secret",
                $"must be '{WebhookSecret.Prefix}' followed by the base64 of {WebhookSecret.MinBytes} to {WebhookSecret.MaxBytes} bytes (or absent: one is generated).");
        }
        if (!webhook && command.Input.Secret is null)
        {
            throw RequestValidationException.For("secret", $"is required: the new password or private key of the {connector.Kind} connector.");
        }
        var now = clock.GetUtcNow();
        // A webhook's receiver may check the old secret for a while; a broker or SFTP account has one credential at a time.
        var window = !webhook ? TimeSpan.Zero
            : command.Input.PreviousValidForHours is { } hours ? TimeSpan.FromHours(hours) : options.Value.SecretRotationWindow;
        var secret = command.Input.Secret ?? WebhookSecret.Generate();
        connector.ProtectedPreviousSecret = window > TimeSpan.Zero ? connector.ProtectedSecret : null;
        connector.PreviousSecretValidUntil = window > TimeSpan.Zero ? now + window : null;
        connector.ProtectedSecret = secrets.Protect(secret);
        connector.UpdatedAt = now;
        return new ConnectorWithSecret(ConnectorDto.From(connector), secret);
    }

    /// <summary>The organization's connector, or 404 (another organization's is answered exactly like a missing one).</summary>
    public static async Task<Connector> FindAsync(AmspDbContext db, Guid organizationId, Guid connectorId, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Connectors : db.Connectors.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Id == connectorId && c.OrganizationId == organizationId, ct)
            ?? throw ApiProblemException.NotFound($"Connector {connectorId} does not exist.");
    }

    private async Task RequireUniqueNameAsync(Guid organizationId, string name, Guid? self, CancellationToken ct)
    {
        if (await db.Connectors.AnyAsync(c => c.OrganizationId == organizationId && c.Name == name && c.Id != self, ct))
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Name taken", $"The organization already has a connector named '{name}'.");
        }
    }

    private static void Apply(Connector c, ConnectorInput input, DateTimeOffset now)
    {
        c.Name = input.Name!.Trim();
        c.Enabled = input.Enabled ?? true;
        c.EventTypes = input.EventTypes?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        c.SettingsJson = input.SettingsJson();
        c.UpdatedAt = now;
    }
}

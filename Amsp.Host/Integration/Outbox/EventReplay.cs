using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Outbox;

public sealed record ReplayInput(Guid? ConnectorId);

public sealed record ReplayRangeInput(DateTimeOffset? From, DateTimeOffset? To, Guid? ConnectorId, string? Type, string? OrderNumber);

/// <summary>How much a replay made due again.</summary>
public sealed record ReplayResult(int Events, int Deliveries);

/// <summary>Sends one event again to the caller's connectors that receive it (or to the one named), delivered or not.</summary>
[AllowedRoles(Domain.Identity.AmspRoles.Customer, Domain.Identity.AmspRoles.Manufacturer)]
public sealed record ReplayEvent(Guid EventId, Guid? ConnectorId) : ICommand<ReplayResult>;

/// <summary>Sends again every event of a time range (at most <see cref="MaxEvents"/>) that the caller's connectors receive.</summary>
[AllowedRoles(Domain.Identity.AmspRoles.Customer, Domain.Identity.AmspRoles.Manufacturer)]
public sealed record ReplayEvents(ReplayRangeInput Input) : ICommand<ReplayResult>, IValidated
{
    public const int MaxEvents = 10_000;

    public void Validate(Validation validation) => validation
        .When(Input.From is null, "from", "is required.").When(Input.To is null, "to", "is required.")
        .When(Input.From >= Input.To, "to", "must be after from.");
}

public sealed class EventReplayHandlers(AmspDbContext db, EventAccess access, TimeProvider clock)
    : ICommandHandler<ReplayEvent, ReplayResult>, ICommandHandler<ReplayEvents, ReplayResult>
{
    public async ValueTask<ReplayResult> Handle(ReplayEvent command, CancellationToken cancellationToken)
    {
        var e = await access.Events().AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.EventId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Event {command.EventId} does not exist.");
        var connectors = await ConnectorsAsync(command.ConnectorId, cancellationToken);
        return new ReplayResult(1, await ReplayAsync([e], connectors, cancellationToken));
    }

    public async ValueTask<ReplayResult> Handle(ReplayEvents command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var connectors = await ConnectorsAsync(input.ConnectorId, cancellationToken);
        var events = access.Events().AsNoTracking().Where(e => e.OccurredAt >= input.From!.Value && e.OccurredAt < input.To!.Value);
        if (input.Type is { } type)
        {
            events = events.Where(e => e.Type == type);
        }
        if (input.OrderNumber is { } number)
        {
            events = events.Where(e => e.OrderNumber == number);
        }
        // Counted before anything is loaded: a range too wide is refused, not half done.
        var count = await events.CountAsync(cancellationToken);
        if (count > ReplayEvents.MaxEvents)
        {
            throw RequestValidationException.For("to", $"The range holds {count:N0} events; replay at most {ReplayEvents.MaxEvents:N0} at once (narrow it).");
        }
        var list = await events.OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        return new ReplayResult(list.Count, await ReplayAsync(list, connectors, cancellationToken));
    }

    private async Task<List<Connector>> ConnectorsAsync(Guid? named, CancellationToken ct)
    {
        var mine = access.Connectors().AsNoTracking();
        if (named is { } id)
        {
            return await mine.Where(c => c.Id == id).ToListAsync(ct) is { Count: 1 } one
                ? one
                : throw ApiProblemException.NotFound($"Connector {id} does not exist.");
        }
        return await mine.Where(c => c.Enabled).ToListAsync(ct);
    }

    // Each event's delivery to each connector that receives it is made due again; one a connector never had (it was
    // made or subscribed later) is made now.
    private async Task<int> ReplayAsync(IReadOnlyList<IntegrationEvent> events, List<Connector> connectors, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var eventIds = events.Select(e => e.Id).ToList();
        var connectorIds = connectors.Select(c => c.Id).ToList();
        var existing = await db.EventDeliveries.Where(d => eventIds.Contains(d.EventId) && connectorIds.Contains(d.ConnectorId)).ToListAsync(ct);
        var count = 0;
        foreach (var e in events)
        {
            foreach (var connector in connectors.Where(c => c.Receives(e)))
            {
                if (existing.FirstOrDefault(d => d.EventId == e.Id && d.ConnectorId == connector.Id) is { } delivery)
                {
                    delivery.Replay(now);
                }
                else
                {
                    db.EventDeliveries.Add(EventDelivery.For(e, connector.Id, now));
                }
                count++;
            }
        }
        return count;
    }
}

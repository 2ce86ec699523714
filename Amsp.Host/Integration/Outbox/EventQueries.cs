using System.Text.Json;
using Amsp.Domain.Integration;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Outbox;

public sealed record DeliveryDto(Guid ConnectorId, string ConnectorName, DeliveryStatus Status, int Attempts, DateTimeOffset NextAttemptAt,
    string? LastError, DateTimeOffset? DeliveredAt);

public sealed record EventDto(Guid Id, string Type, string Version, Guid OrganizationId, Guid? AmCentreId, string? OrderNumber, long Sequence,
    DateTimeOffset OccurredAt, Guid? TargetConnectorId, JsonElement Body, IReadOnlyList<DeliveryDto> Deliveries);

public sealed record DeadLetterDto(Guid EventId, string Type, string? OrderNumber, long Sequence, DateTimeOffset OccurredAt, DeliveryDto Delivery);

/// <summary>The caller's events, the newest first, each with its deliveries to the caller's connectors.</summary>
[AllowedRoles(Domain.Identity.AmspRoles.Customer, Domain.Identity.AmspRoles.Manufacturer)]
public sealed record ListEvents(string? Type, string? OrderNumber, DeliveryStatus? Status, DateTimeOffset? From, DateTimeOffset? To, Paging Paging)
    : IQuery<Page<EventDto>>, IValidated
{
    public void Validate(Validation validation)
    {
        Paging.Validate(validation);
        validation.When(From > To, "from", "must not be after to.");
    }
}

/// <summary>Deliveries to the caller's connectors that were given up, the newest first.</summary>
[AllowedRoles(Domain.Identity.AmspRoles.Customer, Domain.Identity.AmspRoles.Manufacturer)]
public sealed record ListDeadLetters(Guid? ConnectorId, Paging Paging) : IQuery<Page<DeadLetterDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

public sealed class EventQueryHandlers(EventAccess access) : IQueryHandler<ListEvents, Page<EventDto>>, IQueryHandler<ListDeadLetters, Page<DeadLetterDto>>
{
    public async ValueTask<Page<EventDto>> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        var deliveries = access.Deliveries();
        var events = access.Events();
        if (query.Type is { } type)
        {
            events = events.Where(e => e.Type == type);
        }
        if (query.OrderNumber is { } number)
        {
            events = events.Where(e => e.OrderNumber == number);
        }
        if (query.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }
        if (query.To is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }
        if (query.Status is { } status)
        {
            events = events.Where(e => deliveries.Any(d => d.EventId == e.Id && d.Status == status));
        }
        var page = await events.AsNoTracking().OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence).ThenBy(e => e.Id)
            .PageAsync(query.Paging, e => e, cancellationToken);
        var ids = page.Items.Select(e => e.Id).ToList();
        var found = await deliveries.AsNoTracking().Include(d => d.Connector).Where(d => ids.Contains(d.EventId)).ToListAsync(cancellationToken);
        var items = page.Items.Select(e => new EventDto(e.Id, e.Type, e.Version, e.OrganizationId, e.AmCentreId, e.OrderNumber, e.Sequence,
            e.OccurredAt, e.TargetConnectorId, JsonDocument.Parse(e.Body).RootElement.Clone(),
            found.Where(d => d.EventId == e.Id).Select(ToDto).ToList())).ToList();
        return new Page<EventDto>(items, page.Total, page.PageNumber, page.PageSize);
    }

    public async ValueTask<Page<DeadLetterDto>> Handle(ListDeadLetters query, CancellationToken cancellationToken)
    {
        var dead = access.Deliveries().AsNoTracking().Include(d => d.Connector).Include(d => d.Event)
            .Where(d => d.Status == DeliveryStatus.DeadLetter);
        if (query.ConnectorId is { } connector)
        {
            dead = dead.Where(d => d.ConnectorId == connector);
        }
        return await dead.OrderByDescending(d => d.Event!.OccurredAt).ThenBy(d => d.Id).PageAsync(query.Paging,
            d => new DeadLetterDto(d.EventId, d.Event!.Type, d.Event.OrderNumber, d.Event.Sequence, d.Event.OccurredAt, ToDto(d)), cancellationToken);
    }

    private static DeliveryDto ToDto(EventDelivery d) =>
        new(d.ConnectorId, d.Connector?.Name ?? "", d.Status, d.Attempts, d.NextAttemptAt, d.LastError, d.DeliveredAt);
}

using Amsp.Host.Integration.Machine;
using Amsp.Domain.Integration;
using Amsp.Host.Platform.Pipeline;
using Mediator;

namespace Amsp.Host.Integration.Outbox;

/// <summary>
/// The outbox over HTTP: events with their deliveries, dead letters, replay. One route group, so machine clients'
/// scopes (<c>events.read</c>, <c>events.replay</c>) are added in one place.
/// </summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/integration/events").WithTags("Integration");
        events.MapGet("", async (string? type, string? orderNumber, DeliveryStatus? status, DateTimeOffset? from, DateTimeOffset? to,
                int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListEvents(type, orderNumber, status, from, to, new Paging(page, pageSize)), ct)))
            .Sends<ListEvents>().RequireErpScope(ErpScopes.EventsRead).WithSummary("The caller's integration events, newest first, with their deliveries to the caller's connectors");
        events.MapGet("/dead-letters", async (Guid? connectorId, int? page, int? pageSize, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new ListDeadLetters(connectorId, new Paging(page, pageSize)), ct)))
            .Sends<ListDeadLetters>().RequireErpScope(ErpScopes.EventsRead).WithSummary("Deliveries to the caller's connectors that were given up");
        events.MapPost("/{eventId:guid}/replay", async (Guid eventId, ReplayInput? body, ISender s, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await s.Send(new ReplayEvent(eventId, body?.ConnectorId), ct)))
            .Sends<ReplayEvent>().RequireErpScope(ErpScopes.EventsReplay).WithSummary("Send one event again to the caller's connectors (or the one named)");
        events.MapPost("/replay", async (ReplayRangeInput body, ISender s, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await s.Send(new ReplayEvents(body), ct)))
            .Sends<ReplayEvents>().RequireErpScope(ErpScopes.EventsReplay).WithSummary("Send again every event of a time range [from, to), optionally to one connector, of one type or order");
        return events;
    }
}

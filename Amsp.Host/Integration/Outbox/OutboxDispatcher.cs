using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Connectors;
using Amsp.Integration.Erp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Integration.Outbox;

/// <summary>
/// Delivers the outbox: claims due deliveries under a lease (so nodes sharing a database never attempt one at once),
/// hands each to the transport of its connector's kind and records the outcome. At least once: a delivery is marked
/// only after its transport answered, so a node that dies mid-attempt leaves it pending, to be attempted again when
/// its lease ends. In order per order and connector: a delivery is due only while no earlier event of its order is
/// pending for the same connector (a dead letter does not hold the later ones back).
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IEnumerable<IEventTransport> transports, ConnectorSecrets secrets,
    IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private readonly string node = Guid.NewGuid().ToString("N") + "/" + Environment.ProcessId;
    private readonly Dictionary<string, IEventTransport> byKind = transports.ToDictionary(t => t.Kind, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                // A full batch means more is due, and a settled delivery may have made its order's next event due: either
                // way the next round starts at once rather than after the interval. Each settled delivery leaves one less
                // pending, so this ends when nothing new is written.
                Round round;
                do
                {
                    round = await DispatchRoundAsync(stoppingToken);
                }
                while (round.Attempted >= options.Value.BatchSize || round.Settled > 0);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: claims up to a batch of due deliveries and attempts them; returns how many it attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct) => (await DispatchRoundAsync(ct)).Attempted;

    private readonly record struct Round(int Attempted, int Settled);

    private async Task<Round> DispatchRoundAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        List<Guid> claimed = [];
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            var due = await db.EventDeliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil <= now)
                    && d.Connector!.Enabled
                    && !db.EventDeliveries.Any(p => d.OrderId != null && p.ConnectorId == d.ConnectorId && p.OrderId == d.OrderId
                        && p.Status == DeliveryStatus.Pending && p.Sequence < d.Sequence))
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Sequence).Select(d => d.Id).Take(o.BatchSize).ToListAsync(ct);
            if (due.Count > 0)
            {
                // The leases are taken by one conditional update, then read back: of two nodes that saw the same delivery
                // due, the one whose update came second finds it leased already and leaves it.
                var until = now + o.LeaseDuration;
                await db.EventDeliveries.Where(d => due.Contains(d.Id) && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil <= now))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, node).SetProperty(d => d.LeaseUntil, until), ct);
                var mine = await db.EventDeliveries.AsNoTracking().Where(d => due.Contains(d.Id) && d.LeaseOwner == node && d.LeaseUntil == until)
                    .Select(d => d.Id).ToListAsync(ct);
                claimed.AddRange(due.Where(mine.Contains));
            }
        }
        var settled = 0;
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = ct },
            async (id, token) =>
            {
                if (await AttemptAsync(id, token))
                {
                    Interlocked.Increment(ref settled);
                }
            });
        return new Round(claimed.Count, settled);
    }

    /// <summary>Attempts one delivery and records the outcome; true when it is settled (delivered or a dead letter).</summary>
    private async Task<bool> AttemptAsync(Guid id, CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var delivery = await db.EventDeliveries.AsNoTracking().Include(d => d.Event).Include(d => d.Connector).SingleAsync(d => d.Id == id, ct);
        var e = delivery.Event!;
        var connector = delivery.Connector!;
        DeliveryResult result;
        if (!byKind.TryGetValue(connector.Kind, out var transport))
        {
            result = DeliveryResult.Retry($"No {connector.Kind} transport runs on this node.");
        }
        else
        {
            // The attempt ends well before the lease does, so no other node takes the delivery while it runs.
            using var lease = new CancellationTokenSource(o.LeaseDuration * 0.8, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Token);
            try
            {
                result = await transport.DeliverAsync(secrets.Endpoint(connector, clock.GetUtcNow()),
                    new OutboundEvent(e.Id, e.Type, e.Version, e.OrganizationId, e.AmCentreId, e.OrderNumber, e.Sequence, e.OccurredAt, e.Body), linked.Token);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                result = DeliveryResult.Retry(lease.IsCancellationRequested ? "The attempt outlasted its lease." : $"{ex.GetType().Name}: {ex.Message}");
            }
        }
        return await RecordAsync(db, delivery, result, ct);
    }

    // Recorded only while this node still holds the lease: a delivery taken over meanwhile is the new holder's to record.
    private async Task<bool> RecordAsync(AmspDbContext db, EventDelivery delivery, DeliveryResult result, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var status = result.Delivered ? DeliveryStatus.Delivered
            : result.Retryable && attempts < o.MaxAttempts ? DeliveryStatus.Pending : DeliveryStatus.DeadLetter;
        var wait = result.RetryAfter is { } after ? TimeSpan.FromTicks(Math.Min(after.Ticks, o.MaxDelay.Ticks)) : o.Backoff(attempts, Random.Shared.NextDouble());
        var next = status == DeliveryStatus.Pending ? now + wait : delivery.NextAttemptAt;
        DateTimeOffset? deliveredAt = result.Delivered ? now : null;
        var error = result.Error is { Length: > 2000 } long_ ? long_[..2000] : result.Error;
        var recorded = await db.EventDeliveries.Where(d => d.Id == delivery.Id && d.LeaseOwner == node).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LastError, error).SetProperty(d => d.DeliveredAt, deliveredAt)
            .SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);
        if (status == DeliveryStatus.DeadLetter)
        {
            LogDeadLetter(log, delivery.EventId, delivery.ConnectorId, attempts, result.Error ?? "");
        }
        return recorded == 1 && status != DeliveryStatus.Pending;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; the next one tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} to connector {ConnectorId} is a dead letter after {Attempts} attempt(s): {Error}")]
    private static partial void LogDeadLetter(ILogger logger, Guid eventId, Guid connectorId, int attempts, string error);
}

using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Erp.Webhooks;
using Amsp.Integration.Tests.Erp.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>
/// The outbox on PostgreSQL with two nodes on one database: events are written in the transaction of the change they
/// report, numbered 1..n per order however many writers race, and the two nodes' dispatchers, racing for the same
/// deliveries, never attempt one twice (the conditional update that takes a lease lets one of them win).
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgresOutboxTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task Events_share_the_change_s_transaction_and_racing_writers_on_two_nodes_number_them_1_to_n()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var a = new PostgresOutboxNode(database.ConnectionString, clock);
        await using var b = new PostgresOutboxNode(database.ConnectionString, clock);
        using var customer = await a.CreateClientAsAsync(AmspRoles.Customer);
        var number = (await customer.OrderSampleAsync("bracket.stl")).Number();
        var before = await EventsAsync(b, number);
        Assert.NotEmpty(before);

        // A change saved in a transaction left open: node B sees neither the change nor its event; rolled back, neither stays.
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
            order.ChangeStatus(OrderStatus.OnHold, "test", "inside an open transaction", clock.GetUtcNow());
            await db.SaveChangesAsync();
            Assert.Equal(before.Count + 1, await db.IntegrationEvents.CountAsync(e => e.OrderNumber == number));
            Assert.Equal(before.Count, (await EventsAsync(b, number)).Count);
            Assert.NotEqual(OrderStatus.OnHold, await b.QueryAsync(d => d.Orders.Where(o => o.Number == number).Select(o => o.Status).SingleAsync()));
            await transaction.RollbackAsync();
        }
        Assert.Equal(before.Select(e => e.Id), (await EventsAsync(b, number)).Select(e => e.Id));

        // Racing writers on both nodes: status changes (of which the order's version token lets some fail) and events of
        // a workflow step (which all succeed), each in its own transaction.
        var id = before[0].OrderId!.Value;
        var changes = Enumerable.Range(0, 6).Select(i => Task.Run(() => ChangeStatusAsync(i % 2 == 0 ? a : b, number, i)));
        var events = Enumerable.Range(0, 24).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).WriteEventAsync(DemoData.AcmeId, id, number)));
        var changed = (await Task.WhenAll(changes)).Count(ok => ok);
        await Task.WhenAll(events);

        var after = await EventsAsync(a, number);
        Assert.InRange(changed, 1, 6);
        Assert.Equal(before.Count + 24 + changed, after.Count);
        Assert.Equal(Enumerable.Range(1, after.Count).Select(i => (long)i), after.Select(e => e.Sequence));
        Assert.All(after, e => Assert.Equal(e.Sequence, JsonDocument.Parse(e.Body).RootElement.GetProperty("sequence").GetInt64()));
        // Every status change committed has its event, and a refused one left neither.
        Assert.Equal(await a.QueryAsync(d => d.OrderStatusChanges.CountAsync(c => c.OrderId == id)), after.Count(e => e.Type == EventTypes.OrderStatusChanged));
        Assert.Equal(changed, after.Count(e => e.Type == EventTypes.OrderStatusChanged && e.Body.Contains("racing writer", StringComparison.Ordinal)));
        Assert.Equal(after.Max(e => e.Sequence), await a.QueryAsync(d => d.OrderEventCounters.Where(c => c.OrderId == id).Select(c => c.LastSequence).SingleAsync()));
    }

    [SkippableFact]
    public async Task Two_nodes_dispatching_at_once_never_attempt_a_delivery_twice()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        await using var a = new PostgresOutboxNode(database.ConnectionString, clock);
        await using var b = new PostgresOutboxNode(database.ConnectionString, clock);
        var secret = WebhookSecret.Generate();
        await using var receiver = await WebhookReceiver.StartAsync([secret], clock);
        using (var customer = await a.CreateClientAsAsync(AmspRoles.Customer))
        {
            await customer.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors",
                new { kind = "webhook", name = "erp", secret, settings = new { url = receiver.Url.ToString(), timeoutSeconds = 5 } }, HttpStatusCode.Created);
        }
        using (b.CreateClient())
        {
            // Node B started too: its dispatcher is a second lease owner.
        }

        // Node A's round takes an order's first event and holds the attempt open at the receiver: while it does, node B
        // finds nothing to take. The delivery is leased to A, and the order's second event waits behind it.
        var held = (Id: Guid.CreateVersion7(), Number: "AMSP-2026-900000");
        await a.WriteEventAsync(DemoData.AcmeId, held.Id, held.Number);
        await b.WriteEventAsync(DemoData.AcmeId, held.Id, held.Number);
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Hold(release.Task, arrived);
        var roundA = a.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await b.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        release.SetResult();
        var attempts = await roundA;
        Assert.Equal(1, attempts);

        var orders = Enumerable.Range(1, 8).Select(i => (Id: Guid.CreateVersion7(), Number: $"AMSP-2026-9{i:00000}")).ToList();
        foreach (var (id, number) in orders)
        {
            for (var n = 0; n < 4; n++)
            {
                await (n % 2 == 0 ? a : b).WriteEventAsync(DemoData.AcmeId, id, number);
            }
        }

        // Then both drain together, round against round.
        var drained = await Task.WhenAll(DrainAsync(a), DrainAsync(b));
        var total = 2 + (orders.Count * 4);
        Assert.Equal(total, attempts + drained.Sum());
        Assert.Equal(total, receiver.Received.Count);
        Assert.Equal(total, receiver.Received.Select(r => r.Id).Distinct().Count());
        Assert.Empty(receiver.Rejected);
        foreach (var (_, number) in orders.Prepend(held))
        {
            var sequences = receiver.Received.Where(r => r.Body.GetProperty("orderNumber").GetString() == number).Select(r => r.Body.GetProperty("sequence").GetInt64());
            long[] expected = number == held.Number ? [1, 2] : [1, 2, 3, 4];
            Assert.Equal(expected, sequences);
        }
        Assert.All(await a.QueryAsync(d => d.EventDeliveries.AsNoTracking().ToListAsync()), d =>
        {
            Assert.Equal((DeliveryStatus.Delivered, 1, null), (d.Status, d.Attempts, d.LeaseOwner));
        });
    }

    /// <summary>Rounds until no delivery is pending (the other node may hold some meanwhile); the attempts this node made.</summary>
    private static async Task<int> DrainAsync(PostgresOutboxNode node)
    {
        var total = 0;
        var deadline = TimeProvider.System.GetTimestamp() + (60 * TimeProvider.System.TimestampFrequency);
        while (TimeProvider.System.GetTimestamp() < deadline)
        {
            var attempted = await node.Dispatcher.DispatchOnceAsync(CancellationToken.None);
            total += attempted;
            if (attempted == 0)
            {
                if (!await node.QueryAsync(d => d.EventDeliveries.AnyAsync(x => x.Status == DeliveryStatus.Pending)))
                {
                    return total;
                }
                await Task.Yield();
            }
        }
        throw new InvalidOperationException("The outbox never ran dry.");
    }

    private static async Task<List<IntegrationEvent>> EventsAsync(PostgresOutboxNode node, string number) =>
        await node.QueryAsync(d => d.IntegrationEvents.AsNoTracking().Where(e => e.OrderNumber == number).OrderBy(e => e.Sequence).ToListAsync());

    /// <summary>A status change of the order in its own transaction; false when the order's version token (or its history's numbering) refused it.</summary>
    private async Task<bool> ChangeStatusAsync(PostgresOutboxNode node, string number, int writer)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
        order.ChangeStatus(writer % 2 == 0 ? OrderStatus.OnHold : OrderStatus.Quoted, "test", $"racing writer {writer}", clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}

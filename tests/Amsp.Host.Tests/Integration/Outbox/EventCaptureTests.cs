using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>Events are written with the change they report, in its transaction, numbered per order in commit order.</summary>
public sealed class EventCaptureTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>
{
    private async Task<string> OrderAsync()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        return (await customer.OrderSampleAsync("bracket.stl")).Number();
    }

    private async Task<List<IntegrationEvent>> EventsAsync(string number)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AmspDbContext>().IntegrationEvents.AsNoTracking()
            .Where(e => e.OrderNumber == number).OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task ChangeAsync(string number, Action<AmspDbContext, Order> change)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
        change(db, order);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_event_and_takes_no_number()
    {
        var number = await OrderAsync();
        var before = await EventsAsync(number);
        var failing = ChangeAsync(number, (db, order) =>
        {
            order.ChangeStatus(OrderStatus.Cancelled, "test", "should not be published", host.Clock.GetUtcNow(), executionId: "twice");
            // A second change of the same execution breaks the unique index: the insert fails, and the whole save with it.
            db.OrderStatusChanges.Add(new OrderStatusChange
            {
                Id = Guid.NewGuid(), OrderId = order.Id, To = OrderStatus.Failed, Actor = "test", ExecutionId = "twice", Sequence = 99, At = host.Clock.GetUtcNow(),
            });
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => failing);
        Assert.Equal(before.Select(e => e.Id), (await EventsAsync(number)).Select(e => e.Id));

        await ChangeAsync(number, (_, order) => order.ChangeStatus(OrderStatus.Cancelled, "test", "published", host.Clock.GetUtcNow()));
        var after = await EventsAsync(number);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(before.Max(e => e.Sequence) + 1, after[^1].Sequence);
        Assert.Contains("\"to\":\"Cancelled\"", after[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_to_one_order_saved_at_once_get_distinct_consecutive_numbers()
    {
        var number = await OrderAsync();
        var before = (await EventsAsync(number)).Count;
        // Saves on separate contexts and connections, started together; whichever commits first numbers first.
        var saves = Enumerable.Range(0, 4).Select(i => Task.Run(() => ChangeAsync(number, (_, order) =>
            order.ChangeStatus(OrderStatus.OnHold, "test", $"concurrent {i}", host.Clock.GetUtcNow()))));
        var outcomes = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }));
        var events = await EventsAsync(number);
        Assert.Equal(before + outcomes.Count(o => o), events.Count);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Quotes_and_orders_carry_the_organizations_that_receive_them()
    {
        var number = await OrderAsync();
        var events = await EventsAsync(number);
        Assert.All(events, e => Assert.Equal(Host.Platform.Demo.DemoData.AcmeId, e.OrganizationId));
        Assert.All(events.Where(e => e.Type == EventTypes.QuoteCreated), e => Assert.NotNull(e.AmCentreId));
        // No quote is accepted yet: the order's own status events concern the customer only.
        Assert.All(events.Where(e => e.Type == EventTypes.OrderStatusChanged), e => Assert.Null(e.AmCentreId));
    }
}

using System.Net;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>The outbox end to end on a fake clock: an order's events reach the customer's webhook, signed, in order, retried, dead-lettered, replayed.</summary>
public sealed class OutboxDeliveryTests(OutboxHostFixture host) : IClassFixture<OutboxHostFixture>
{
    private async Task<(string Number, HttpClient Customer)> OrderAsync()
    {
        await host.DrainAsync();
        var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("bracket.stl");
        return (order.Number(), customer);
    }

    private async Task<List<EventDelivery>> DeliveriesAsync(string number)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        return await db.EventDeliveries.AsNoTracking().Include(d => d.Event)
            .Where(d => d.Event!.OrderNumber == number && d.ConnectorId == host.ConnectorId).OrderBy(d => d.Sequence).ToListAsync();
    }

    [Fact]
    public async Task An_order_s_events_arrive_signed_once_each_and_in_order()
    {
        var (number, customer) = await OrderAsync();
        using var _ = customer;
        var deliveries = await DeliveriesAsync(number);
        Assert.True(deliveries.Count >= 3, $"only {deliveries.Count} events for a quoted order");
        Assert.Equal(await host.DrainAsync(), deliveries.Count);

        var received = host.ProcessedOf(number);
        Assert.Equal(deliveries.Select(d => d.Sequence), received.Select(r => r.GetProperty("sequence").GetInt64()));
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(r => r.GetProperty("sequence").GetInt64()));
        Assert.Equal(EventTypes.OrderStatusChanged, received[0].GetProperty("type").GetString());
        Assert.Equal("Requested", received[0].GetProperty("data").GetProperty("to").GetString());
        Assert.Contains(received, r => r.GetProperty("type").GetString() == EventTypes.QuoteCreated);
        Assert.Contains(received, r => r.GetProperty("type").GetString() == EventTypes.OrderStatusChanged
            && r.GetProperty("data").GetProperty("to").GetString() == "Quoted");
        Assert.All(await DeliveriesAsync(number), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Empty(host.Receiver.Rejected);
    }

    [Fact]
    public async Task A_failed_attempt_waits_its_backoff_and_holds_the_order_s_later_events_back()
    {
        var (number, customer) = await OrderAsync();
        using var _ = customer;
        host.Receiver.Answer(503);
        Assert.Equal(1, await host.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        var first = (await DeliveriesAsync(number))[0];
        Assert.Equal((DeliveryStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.Contains("503", first.LastError, StringComparison.Ordinal);
        var wait = first.NextAttemptAt - host.Clock.GetUtcNow();
        Assert.InRange(wait, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

        // Nothing of the order moves while its first event waits: not the first (not due), not the later ones (held).
        Assert.Equal(0, await host.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        host.Clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await host.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Empty(host.ProcessedOf(number));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await host.DrainAsync();
        var received = host.ProcessedOf(number);
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(r => r.GetProperty("sequence").GetInt64()));
        Assert.All(await DeliveriesAsync(number), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task After_the_last_attempt_an_event_is_a_dead_letter_the_later_ones_go_on_and_a_replay_delivers_it()
    {
        var (number, customer) = await OrderAsync();
        using var _ = customer;
        for (var attempt = 1; attempt <= OutboxHostFixture.MaxAttempts; attempt++)
        {
            host.Receiver.Answer(500);
            Assert.Equal(1, await host.Dispatcher.DispatchOnceAsync(CancellationToken.None));
            host.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        var deliveries = await DeliveriesAsync(number);
        Assert.Equal((DeliveryStatus.DeadLetter, OutboxHostFixture.MaxAttempts), (deliveries[0].Status, deliveries[0].Attempts));
        await host.DrainAsync();
        var received = host.ProcessedOf(number);
        Assert.Equal(deliveries.Skip(1).Select(d => d.Sequence), received.Select(r => r.GetProperty("sequence").GetInt64()));

        using var fresh = await host.CreateClientAsAsync(AmspRoles.Customer);
        var dead = await fresh.GetJsonAsync($"/api/integration/events/dead-letters?connectorId={host.ConnectorId}");
        var deadOne = Assert.Single(dead.GetProperty("items").EnumerateArray(), d => d.GetProperty("orderNumber").GetString() == number);
        Assert.Equal(deliveries[0].EventId, deadOne.Id("eventId"));

        var replay = await fresh.PostJsonAsync($"/api/integration/events/{deliveries[0].EventId}/replay", new { }, HttpStatusCode.Accepted);
        Assert.Equal(1, replay.GetProperty("deliveries").GetInt32());
        Assert.Equal(1, await host.DrainAsync());
        Assert.Equal(deliveries[0].EventId.ToString(), host.Receiver.Processed.Last().Id);
        Assert.Equal(DeliveryStatus.Delivered, (await DeliveriesAsync(number))[0].Status);
    }

    [Fact]
    public async Task A_4xx_answer_is_a_dead_letter_at_once_and_a_range_replay_sends_the_order_s_events_again()
    {
        var (number, customer) = await OrderAsync();
        using var _ = customer;
        host.Receiver.Answer(422);
        await host.DrainAsync();
        var deliveries = await DeliveriesAsync(number);
        Assert.Equal((DeliveryStatus.DeadLetter, 1), (deliveries[0].Status, deliveries[0].Attempts));
        Assert.All(deliveries.Skip(1), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));

        using var fresh = await host.CreateClientAsAsync(AmspRoles.Customer);
        var now = host.Clock.GetUtcNow();
        var replay = await fresh.PostJsonAsync("/api/integration/events/replay",
            new { from = now.AddHours(-1), to = now.AddMinutes(1), orderNumber = number, connectorId = host.ConnectorId }, HttpStatusCode.Accepted);
        Assert.Equal(deliveries.Count, replay.GetProperty("deliveries").GetInt32());
        var before = host.Receiver.Received.Count;
        Assert.Equal(deliveries.Count, await host.DrainAsync());
        // Sent again (same ids, which a deduplicating receiver recognizes), in order.
        var again = host.Receiver.Received.Skip(before).Select(r => r.Body.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(deliveries.Select(d => d.Sequence), again);
    }

    [Fact]
    public async Task The_events_list_shows_the_order_s_events_with_their_deliveries_and_filters()
    {
        var (number, customer) = await OrderAsync();
        using var _ = customer;
        await host.DrainAsync();
        var page = await customer.GetJsonAsync($"/api/integration/events?orderNumber={number}&type={EventTypes.QuoteCreated}&status=Delivered");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal(EventTypes.QuoteCreated, e.GetProperty("type").GetString()));
        var delivery = Assert.Single(items[0].GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("erp", "Delivered"), (delivery.GetProperty("connectorName").GetString(), delivery.GetProperty("status").GetString()));
        var problem = await customer.GetJsonAsync("/api/integration/events?pageSize=501", HttpStatusCode.BadRequest);
        Assert.Contains("pageSize", problem.ErrorFields());
    }
}

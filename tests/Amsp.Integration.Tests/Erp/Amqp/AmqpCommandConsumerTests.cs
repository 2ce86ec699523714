using Amsp.Integration.Erp;
using System.Text;
using Amsp.Integration.Erp.Amqp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RabbitMQ.Client;

namespace Amsp.Integration.Tests.Erp.Amqp;

[Trait("Category", "Brokers")]
public sealed class AmqpCommandConsumerTests : IAsyncLifetime
{
    private readonly string queue = RabbitMqServer.Unique("amsp.test.commands");
    private readonly FakeTimeProvider clock = new();
    private readonly List<IAsyncDisposable> owned = [];
    private readonly List<(string Id, string Disposition)> handled = [];
    private ConnectorEndpoint connector = null!;
    private IConnection? connection;
    private IChannel? channel;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (channel is not null)
        {
            await channel.QueueDeleteAsync(queue);
            await channel.QueueDeleteAsync(queue + ".dead-letter");
            await channel.ExchangeDeleteAsync(queue + ".dead-letter");
            await channel.DisposeAsync();
        }
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
        foreach (var item in owned)
        {
            await item.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_command_is_applied_for_the_connectors_organization_and_acknowledged_after()
    {
        var confirmations = new RecordingConfirmations("AMSP-2026-000042");
        await using var consumer = await StartAsync(confirmations);

        await PublishAsync("""{"command":"confirm","orderNumber":"AMSP-2026-000042","step":"order","reference":"SO-4711"}""", "cmd-1");
        await WaitForAsync("cmd-1", "acknowledged");

        var applied = Assert.Single(confirmations.Applied);
        Assert.Equal(new ErpConfirmationCommand(connector.OrganizationId, "AMSP-2026-000042", "order", true, null, "SO-4711", ErpConfirmationSource.Amqp, "cmd-1", $"amqp {connector.Name}"), applied);
        Assert.Equal(0u, await channel!.MessageCountAsync(queue));
        Assert.Equal(0u, await channel.MessageCountAsync(queue + ".dead-letter"));
    }

    [SkippableTheory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("""{"command":"ship","orderNumber":"AMSP-2026-000042","step":"order"}""", "Unknown command 'ship'")]
    [InlineData("""{"command":"confirm","step":"order"}""", "orderNumber is required")]
    [InlineData("""{"command":"reject","orderNumber":"AMSP-2026-999999","step":"order","reason":"no stock"}""", "NotFound: Order AMSP-2026-999999 was not found.")]
    public async Task A_poisoned_command_lands_in_the_dead_letter_queue_with_its_reason(string body, string reason)
    {
        var confirmations = new RecordingConfirmations("AMSP-2026-000042");
        await using var consumer = await StartAsync(confirmations);

        await PublishAsync(body, "bad-1");
        await WaitForAsync("bad-1", "dead-lettered");

        var dead = await channel!.BasicGetAsync(queue + ".dead-letter", autoAck: true);
        Assert.NotNull(dead);
        Assert.Equal(body, Encoding.UTF8.GetString(dead.Body.Span));
        Assert.Equal("bad-1", dead.BasicProperties.MessageId);
        Assert.Contains(reason, Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers![AmqpCommandConsumer.ReasonHeader]!), StringComparison.Ordinal);
        Assert.Empty(confirmations.Applied);
        Assert.Equal(0u, await channel.MessageCountAsync(queue));
    }

    [SkippableFact]
    public async Task A_command_too_large_is_refused_before_it_is_read()
    {
        await using var consumer = await StartAsync(new RecordingConfirmations(), maxCommandBytes: 256);
        var body = $$"""{"command":"confirm","orderNumber":"AMSP-2026-000042","step":"order","reason":"{{new string('x', 400)}}"}""";

        await PublishAsync(body, "big-1");
        await WaitForAsync("big-1", "dead-lettered");

        var dead = await channel!.BasicGetAsync(queue + ".dead-letter", autoAck: true);
        Assert.Contains("at most 256 are accepted", Encoding.UTF8.GetString((byte[])dead!.BasicProperties.Headers![AmqpCommandConsumer.ReasonHeader]!), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_passing_failure_is_requeued_and_applied_on_the_next_delivery()
    {
        var confirmations = new RecordingConfirmations("AMSP-2026-000042") { FailuresLeft = 1 };
        await using var consumer = await StartAsync(confirmations);

        await PublishAsync("""{"command":"confirm","orderNumber":"AMSP-2026-000042","step":"order"}""", "flaky-1");
        await WaitForAsync("flaky-1", "acknowledged", advanceClock: true);

        Assert.Equal(2, confirmations.Calls);
        Assert.Single(confirmations.Applied);
        Assert.Contains(("flaky-1", "requeued"), Snapshot());
    }

    [SkippableFact]
    public async Task A_command_that_keeps_failing_is_dead_lettered_by_the_broker_after_the_delivery_limit()
    {
        var confirmations = new RecordingConfirmations("AMSP-2026-000042") { FailuresLeft = 100 };
        await using var consumer = await StartAsync(confirmations, maxDeliveries: 2);

        await PublishAsync("""{"command":"confirm","orderNumber":"AMSP-2026-000042","step":"order"}""", "stuck-1");
        BasicGetResult? dead = null;
        for (var round = 0; round < 100 && dead is null; round++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Yield();
            dead = await channel!.BasicGetAsync(queue + ".dead-letter", autoAck: true);
            if (dead is null)
            {
                await WaitOrTimeoutAsync(TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.NotNull(dead);
        Assert.Equal("stuck-1", dead.BasicProperties.MessageId);
        Assert.Equal(2, confirmations.Calls);
        Assert.Empty(confirmations.Applied);
    }

    private async Task<IAsyncDisposable> StartAsync(IErpConfirmations confirmations, int maxCommandBytes = 65536, int maxDeliveries = 5)
    {
        connector = RabbitMqServer.Connector(new { uri = "@uri", commandQueue = queue, maxCommandBytes, maxDeliveries });
        var connections = new AmqpConnections();
        owned.Add(connections);
        var consumer = new AmqpCommandConsumer(connections, confirmations, clock, NullLogger<AmqpCommandConsumer>.Instance);
        consumer.Handled += (id, disposition) =>
        {
            lock (handled)
            {
                handled.Add((id, disposition));
                Monitor.PulseAll(handled);
            }
        };
        var running = await consumer.StartAsync(connector, default);
        connection = await RabbitMqServer.ConnectAsync();
        channel = await connection.CreateChannelAsync();
        return running;
    }

    private async Task PublishAsync(string body, string messageId) =>
        await channel!.BasicPublishAsync("", queue, mandatory: true, new BasicProperties { MessageId = messageId, Persistent = true, ContentType = "application/json" },
            Encoding.UTF8.GetBytes(body));

    private List<(string, string)> Snapshot()
    {
        lock (handled)
        {
            return [.. handled];
        }
    }

    // The consumer settles on its own thread; wait (bounded) for its report, moving the fake clock past its pauses.
    private async Task WaitForAsync(string id, string disposition, bool advanceClock = false)
    {
        for (var round = 0; round < 200; round++)
        {
            if (Snapshot().Contains((id, disposition)))
            {
                return;
            }
            if (advanceClock)
            {
                clock.Advance(TimeSpan.FromSeconds(30));
            }
            await WaitOrTimeoutAsync(TimeSpan.FromMilliseconds(50));
        }
        Assert.Fail($"Command {id} was not {disposition}; saw {string.Join(", ", Snapshot())}.");
    }

    private Task WaitOrTimeoutAsync(TimeSpan wait) => Task.Run(() =>
    {
        lock (handled)
        {
            Monitor.Wait(handled, wait);
        }
    });
}

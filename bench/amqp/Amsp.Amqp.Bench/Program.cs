using System.Diagnostics;
using System.Globalization;
using System.Text;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Amqp;
using RabbitMQ.Client;

// Publishes N events with publisher confirms, `concurrency` in flight, through AmqpEventTransport (what the outbox
// dispatcher calls) and, as the peer in the same run, through a plain RabbitMQ.Client channel with confirm tracking
// (the broker's own ceiling for the same messages). Runs alternate; each prints events/s and the p50/p95 delay from
// the publish call to its confirm.
var address = new Uri(Environment.GetEnvironmentVariable("AMSP_TEST_AMQP") ?? throw new InvalidOperationException("Set AMSP_TEST_AMQP=amqp://user:password@127.0.0.1:5672/"));
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var exchange = "amsp.bench.events";
var queue = "amsp.bench.erp";
var body = $$"""{"type":"order.status-changed","timestamp":"2026-11-29T10:00:00Z","data":{"orderNumber":"AMSP-2026-000042","from":"Quoted","to":"Accepted","actor":"workflow","padding":"{{new string('x', 300)}}"} }""";

var password = Uri.UnescapeDataString(address.UserInfo.Split(':', 2).ElementAtOrDefault(1) ?? "");
var connector = new ConnectorEndpoint(Guid.NewGuid(), Guid.NewGuid(), ConnectorKinds.Amqp, "bench",
    System.Text.Json.JsonSerializer.Serialize(new { uri = new UriBuilder(address) { Password = "" }.Uri.ToString(), exchange }), [password]);

await using var admin = await new ConnectionFactory { Uri = address }.CreateConnectionAsync();
await using (var setup = await admin.CreateChannelAsync())
{
    // A durable queue bound to every event: persistent messages are written to disk before the confirm, as in production.
    await setup.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true);
    await setup.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
    await setup.QueueBindAsync(queue, exchange, "#");
}

await using var connections = new AmqpConnections();
await using var transport = new AmqpEventTransport(connections);
await using var peerChannel = await admin.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

Console.WriteLine($"{count} events of {Encoding.UTF8.GetByteCount(body)} bytes, {concurrency} in flight, {rounds} round(s) each; load average {Load()}");
var results = new Dictionary<string, List<(double Rate, double P50, double P95)>> { ["transport"] = [], ["peer"] = [] };
await RunAsync("transport", async i =>
{
    var e = new OutboundEvent(Guid.NewGuid(), "order.status-changed", "v1", Guid.Empty, null, "AMSP-2026-000042", i, DateTimeOffset.UnixEpoch, body);
    var result = await transport.DeliverAsync(connector, e, default);
    if (!result.Delivered)
    {
        throw new InvalidOperationException(result.Error);
    }
}); // warm-up
results["transport"].Clear();
var bytes = Encoding.UTF8.GetBytes(body);
for (var round = 0; round < rounds; round++)
{
    await RunAsync("transport", async i =>
    {
        var e = new OutboundEvent(Guid.NewGuid(), "order.status-changed", "v1", Guid.Empty, null, "AMSP-2026-000042", i, DateTimeOffset.UnixEpoch, body);
        var result = await transport.DeliverAsync(connector, e, default);
        if (!result.Delivered)
        {
            throw new InvalidOperationException(result.Error);
        }
    });
    await RunAsync("peer", async i =>
    {
        var properties = new BasicProperties { Persistent = true, MessageId = Guid.NewGuid().ToString(), ContentType = "application/json", Type = "order.status-changed.v1" };
        await peerChannel.BasicPublishAsync(exchange, "order.status-changed.v1", false, properties, bytes);
    });
}
foreach (var (name, list) in results)
{
    var median = list.OrderBy(r => r.Rate).ElementAt(list.Count / 2);
    Console.WriteLine($"median {name}: {median.Rate:0} events/s, p50 {median.P50:0.0} ms, p95 {median.P95:0.0} ms");
}
var ratio = results["transport"].Select(r => r.Rate).Order().ElementAt(rounds / 2) / results["peer"].Select(r => r.Rate).Order().ElementAt(rounds / 2);
Console.WriteLine($"transport / peer throughput: {ratio:0.00}; load average {Load()}");
await using (var cleanup = await admin.CreateChannelAsync())
{
    await cleanup.QueueDeleteAsync(queue);
    await cleanup.ExchangeDeleteAsync(exchange);
}

async Task RunAsync(string name, Func<int, Task> publish)
{
    var delays = new double[count];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var start = Stopwatch.GetTimestamp();
            await publish(i);
            delays[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    })));
    var rate = count / clock.Elapsed.TotalSeconds;
    Array.Sort(delays);
    var (p50, p95) = (delays[count / 2], delays[(int)(count * 0.95)]);
    results[name].Add((rate, p50, p95));
    Console.WriteLine($"{name,-9} {rate,8:0} events/s  p50 {p50,6:0.0} ms  p95 {p95,6:0.0} ms");
    await using var purge = await admin.CreateChannelAsync();
    await purge.QueuePurgeAsync(queue);
}

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

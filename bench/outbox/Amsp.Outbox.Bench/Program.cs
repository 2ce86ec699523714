using System.Globalization;
using System.Text.Json;
using Amsp.Domain.Integration;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Integration.Connectors;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Platform.Demo;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Webhooks;
using Amsp.Outbox.Bench;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// The outbox to a webhook, end to end: events written through the platform's own SaveChanges (numbered per order,
// enveloped, fanned out to a `webhook` connector, in a transaction each) into a real SQLite database, delivered by the
// real dispatcher of the real host to a receiver on loopback that verifies every signature. The peer, in the same run:
// a plain HttpClient posting the same signed envelopes straight to the same receiver at the dispatcher's parallelism
// (the receiver's ceiling). Rounds alternate after one outbox warm-up; each prints events/s (first write, or first
// post, to the last arrival) and the p50/p95 delay from the event's creation to its arrival.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
var orders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
const string Type = "erp.bench-event";
var data = JsonSerializer.Serialize(new { from = "Quoted", to = "Accepted", actor = "workflow", padding = new string('x', 300) });

var folder = Directory.CreateTempSubdirectory("amsp-outbox-bench-");
var secret = WebhookSecret.Generate();
await using var receiver = await Receiver.StartAsync(secret);
var app = AmspWebApp.Build([
    "--environment", "Development", $"--{AmspPaths.DataDirectoryKey}={folder.FullName}", "--urls", "http://127.0.0.1:0",
    "--Logging:LogLevel:Default=Warning", "--Amsp:Printers:PollInterval=00:00:00", "--Amsp:VirtualPrinters:Serve=false", "--Amsp:Erp:Sftp:Interval=00:00:00",
]);
await app.StartAsync();
var outbox = app.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
var concurrency = outbox.Parallelism;
var orderIds = Enumerable.Range(0, orders).Select(_ => Guid.CreateVersion7()).ToArray();
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
    var now = TimeProvider.System.GetUtcNow();
    db.Connectors.Add(new Connector
    {
        Id = Guid.CreateVersion7(), OrganizationId = DemoData.AcmeId, Kind = ConnectorKinds.Webhook, Name = "bench", CreatedAt = now, UpdatedAt = now,
        SettingsJson = JsonSerializer.Serialize(new { url = receiver.Url.ToString(), timeoutSeconds = 10 }),
        ProtectedSecret = scope.ServiceProvider.GetRequiredService<ConnectorSecrets>().Protect(secret),
    });
    await db.SaveChangesAsync();
}

Console.WriteLine($"{count} events over {orders} orders, {concurrency} at once (dispatcher: poll {outbox.PollInterval}, batch {outbox.BatchSize}), "
    + $"{rounds} round(s) each; load average {Load()}");
var results = new Dictionary<string, List<(double Rate, double P50, double P95)>> { ["outbox"] = [], ["peer"] = [] };
await RoundAsync("outbox", OutboxAsync); // warm-up
results["outbox"].Clear();
using var http = new HttpClient();
for (var round = 0; round < rounds; round++)
{
    await RoundAsync("outbox", OutboxAsync);
    await RoundAsync("peer", PeerAsync);
}
foreach (var (name, list) in results)
{
    var median = list.OrderBy(r => r.Rate).ElementAt(list.Count / 2);
    Console.WriteLine($"median {name}: {median.Rate:0} events/s, p50 {median.P50:0.0} ms, p95 {median.P95:0.0} ms");
}
var ratio = results["outbox"].Select(r => r.Rate).Order().ElementAt(rounds / 2) / results["peer"].Select(r => r.Rate).Order().ElementAt(rounds / 2);
Console.WriteLine($"outbox / peer throughput: {ratio:0.00}; load average {Load()}");
await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);

// What the platform does for each change: one transaction that writes the event (and its delivery) with the change.
async Task OutboxAsync(int i)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
    var order = i % orders;
    db.Add(IntegrationEvent.Create(Type, DemoData.AcmeId, null, orderIds[order], $"AMSP-2026-{order:000000}", TimeProvider.System.GetUtcNow(), data));
    await db.SaveChangesAsync();
}

// The same envelope, signed as the transport signs it, posted at once.
async Task PeerAsync(int i)
{
    var id = Guid.CreateVersion7().ToString();
    var at = TimeProvider.System.GetUtcNow();
    var order = i % orders;
    var body = $$"""{"id":"{{id}}","type":"{{Type}}","version":"v1","timestamp":"{{at:O}}","sequence":{{i / orders + 1}},"orderNumber":"AMSP-2026-{{order:000000}}","data":{{data}}}""";
    using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
    var timestamp = at.ToUnixTimeSeconds();
    request.Headers.Add(WebhookSignature.IdHeader, id);
    request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
    request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Header([secret], id, timestamp, body));
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
}

async Task RoundAsync(string name, Func<int, Task> send)
{
    receiver.Expect(count);
    var next = -1;
    var started = TimeProvider.System.GetUtcNow();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            await send(i);
        }
    })));
    var written = (TimeProvider.System.GetUtcNow() - started).TotalSeconds;
    await receiver.AllArrived.WaitAsync(TimeSpan.FromMinutes(10));
    if (receiver.Rejected > 0)
    {
        throw new InvalidOperationException($"The receiver refused {receiver.Rejected} signature(s).");
    }
    var arrivals = receiver.Arrivals;
    var delays = arrivals.Select(a => (a.Arrived - JsonDocument.Parse(a.Body).RootElement.GetProperty("timestamp").GetDateTimeOffset()).TotalMilliseconds).Order().ToArray();
    var rate = count / (arrivals.Max(a => a.Arrived) - started).TotalSeconds;
    var (p50, p95) = (delays[count / 2], delays[(int)(count * 0.95)]);
    results[name].Add((rate, p50, p95));
    Console.WriteLine($"{name,-7} {rate,8:0} events/s  p50 {p50,7:0.0} ms  p95 {p95,7:0.0} ms  (all written or posted after {written:0.0} s)");
}

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

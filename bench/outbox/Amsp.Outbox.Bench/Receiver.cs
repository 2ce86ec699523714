using System.Collections.Concurrent;
using System.Net;
using Amsp.Integration.Erp.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amsp.Outbox.Bench;

/// <summary>
/// The ERP's side: a Kestrel webhook receiver on a loopback port that does what a receiver must (reads the body,
/// verifies the Standard Webhooks signature, answers 200) and notes when each event id first arrived.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly WebhookVerifier verifier;
    private ConcurrentDictionary<string, (DateTimeOffset Arrived, string Body)> arrivals = new(StringComparer.Ordinal);
    private TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int expected;
    private int rejected;

    private Receiver(WebApplication app, string secret)
    {
        this.app = app;
        verifier = new WebhookVerifier([secret], TimeProvider.System);
    }

    public Uri Url { get; private set; } = null!;

    public int Rejected => rejected;

    public static async Task<Receiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new Receiver(builder.Build(), secret);
        receiver.app.MapPost("/hooks", receiver.HandleAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address + "/hooks");
        return receiver;
    }

    /// <summary>Forgets the last round; <see cref="AllArrived"/> completes once <paramref name="count"/> distinct events came.</summary>
    public void Expect(int count)
    {
        arrivals = new(StringComparer.Ordinal);
        all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        expected = count;
    }

    public Task AllArrived => all.Task;

    /// <summary>The round's events: when each first arrived (the wall clock its creation time is written with) and its body.</summary>
    public IReadOnlyCollection<(DateTimeOffset Arrived, string Body)> Arrivals => arrivals.Values.ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var arrived = TimeProvider.System.GetUtcNow();
        var id = context.Request.Headers[WebhookSignature.IdHeader].ToString();
        if (verifier.Verify(id, context.Request.Headers[WebhookSignature.TimestampHeader], context.Request.Headers[WebhookSignature.SignatureHeader], body) is not null)
        {
            Interlocked.Increment(ref rejected);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (arrivals.TryAdd(id, (arrived, body)) && arrivals.Count >= expected)
        {
            all.TrySetResult();
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

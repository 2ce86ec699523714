using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Amsp.Integration.Erp.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amsp.Integration.Tests.Erp.Webhooks;

/// <summary>
/// A webhook receiver on a loopback port, as an ERP would run one: verifies every request with
/// <see cref="WebhookVerifier"/> (401 when it fails), deduplicates on <c>webhook-id</c>, and answers what the test
/// queued (200 when nothing is queued). It can hold a request until the test releases it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<HttpContext, Task<int>>> answers = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>Every verified request's event id and body, in arrival order (duplicates included).</summary>
    public ConcurrentQueue<(string Id, JsonElement Body)> Received { get; } = new();

    /// <summary>The distinct events accepted (2xx), in order of first acceptance: what a deduplicating receiver processes.</summary>
    public ConcurrentQueue<(string Id, JsonElement Body)> Processed { get; } = new();

    /// <summary>Why requests were refused (bad signature, stale timestamp).</summary>
    public ConcurrentQueue<string> Rejected { get; } = new();

    public WebhookVerifier Verifier { get; set; } = null!;

    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until <paramref name="condition"/> holds, looking again after each request the receiver handled.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            // Taken before the look, so a request handled in between wakes the wait instead of being missed.
            var next = Volatile.Read(ref changed).Task;
            if (condition())
            {
                return;
            }
            await next.WaitAsync(cancel.Token);
        }
    }

    public static async Task<WebhookReceiver> StartAsync(IEnumerable<string> secrets, TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { Verifier = new WebhookVerifier(secrets, clock) };
        app.MapPost("/hooks", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/hooks");
        return receiver;
    }

    /// <summary>The next request is answered with <paramref name="status"/> (and Retry-After seconds, if given).</summary>
    public void Answer(int status, int? retryAfterSeconds = null) => answers.Enqueue(ctx =>
    {
        if (retryAfterSeconds is { } s)
        {
            ctx.Response.Headers.RetryAfter = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.FromResult(status);
    });

    /// <summary>The next request waits for <paramref name="release"/>, then gets <paramref name="status"/>.</summary>
    public void Hold(Task release, TaskCompletionSource? arrived = null, int status = 200) => answers.Enqueue(async _ =>
    {
        arrived?.TrySetResult();
        await release;
        return status;
    });

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var id = context.Request.Headers[WebhookSignature.IdHeader].ToString();
        if (Verifier.Verify(id, context.Request.Headers[WebhookSignature.TimestampHeader], context.Request.Headers[WebhookSignature.SignatureHeader], body) is { } why)
        {
            Rejected.Enqueue(why);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Received.Enqueue((id, json));
        var status = answers.TryDequeue(out var answer) ? await answer(context) : 200;
        if (status is >= 200 and < 300 && seen.TryAdd(id, true))
        {
            Processed.Enqueue((id, json));
        }
        context.Response.StatusCode = status;
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

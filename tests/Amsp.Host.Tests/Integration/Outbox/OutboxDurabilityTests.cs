using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Erp.Webhooks;
using Amsp.Integration.Tests.Erp.Webhooks;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>
/// The built <c>amsp</c> killed with SIGKILL while the receiver holds its first webhook: after a restart on the same
/// SQLite data, every event of the order reaches the receiver, which (deduplicating on webhook-id) processes each
/// exactly once and in order.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OutboxDurabilityTests : IAsyncDisposable
{
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("amsp-outbox-").FullName;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Amsp__Integration__Outbox__PollInterval"] = "00:00:00.200",
        ["Amsp__Integration__Outbox__LeaseDuration"] = "00:00:03",
        ["Amsp__Integration__Outbox__BaseDelay"] = "00:00:01",
        ["Amsp__Printers__PollInterval"] = "00:00:00",
        ["Amsp__VirtualPrinters__Serve"] = "false",
    };

    [Fact]
    public async Task A_host_killed_mid_delivery_loses_nothing_and_a_deduplicating_receiver_sees_each_event_once_in_order()
    {
        var secret = WebhookSecret.Generate();
        await using var receiver = await WebhookReceiver.StartAsync([secret], TimeProvider.System);
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        receiver.Hold(release.Task, arrived);

        string number;
        await using (var first = await StartAsync())
        {
            using var customer = await SignInAsync(first.Address);
            await customer.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors",
                new { kind = "webhook", name = "erp", secret, settings = new { url = receiver.Url.ToString(), timeoutSeconds = 30 } },
                System.Net.HttpStatusCode.Created);
            number = (await customer.OrderSampleAsync("bracket.stl")).Number();
            await arrived.Task.WaitAsync(AmspProcess.StartTimeout);
            await first.Process.KillAsync();
        }
        // The receiver finishes the held request after the sender died: it has the event, the sender never learned.
        release.SetResult();
        var heldId = receiver.Received.First().Id;

        await using var second = await StartAsync();
        using var again = await SignInAsync(second.Address);
        var events = (await again.GetJsonAsync($"/api/integration/events?orderNumber={number}&pageSize=500")).GetProperty("items")
            .EnumerateArray().OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.True(events.Count >= 3, $"only {events.Count} events");
        await receiver.WaitUntilAsync(() => receiver.Processed.Count(p => Of(p.Body) == number) >= events.Count
            && receiver.Received.Count(r => r.Id == heldId) >= 2, AmspProcess.StartTimeout);

        var processed = receiver.Processed.Where(p => Of(p.Body) == number).ToList();
        Assert.Equal(events.Select(e => e.Id().ToString()), processed.Select(p => p.Id));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), processed.Select(p => p.Body.GetProperty("sequence").GetInt64()));
        Assert.True(receiver.Received.Count(r => r.Id == heldId) >= 2, "the held event was not delivered again after the restart");
        Assert.Empty(receiver.Rejected);
    }

    private static string? Of(JsonElement body) => body.GetProperty("orderNumber").GetString();

    private sealed record Started(AmspProcess Process, Uri Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Process.DisposeAsync();
    }

    private async Task<Started> StartAsync()
    {
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        var amsp = AmspProcess.Serve(workingDirectory, "Development", Settings, out var address);
        // In Development the start banner says when the host serves (the framework's "Now listening" line is not shown).
        await amsp.ReadUntilAsync(line => line.Contains(" is ready (Development)", StringComparison.Ordinal), timeout.Token);
        // The rest of the output is not read: drain it so a full pipe never blocks the host.
        _ = Task.Run(async () => await amsp.Output.ReadToEndAsync());
        return new Started(amsp, address);
    }

    private static async Task<HttpClient> SignInAsync(Uri address)
    {
        var demo = DemoUsers.All.Single(u => u.Role == AmspRoles.Customer);
        var client = new HttpClient { BaseAddress = address, Timeout = AmspProcess.StartTimeout };
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = demo.Email, password = demo.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(workingDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Machine;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Erp.Webhooks;
using Amsp.Integration.Tests.Erp.Webhooks;
using Amsp.Specs.Support;
using Microsoft.Extensions.DependencyInjection;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// The AM centre's ERP as a webhook receiver on a loopback port (Kestrel), which verifies every request's Standard
/// Webhooks signature with the secret given here and deduplicates on <c>webhook-id</c>, and as a machine client that
/// confirms orders through the inbound API. What it should have received is what the events API lists for the centre.
/// </summary>
[Binding]
public sealed class ErpWebhookSteps(Actors actors, Journey journey)
{
    private WebhookReceiver? receiver;
    private Guid connector;
    private HttpClient? erp;
    private string key = "";
    private int seenBeforeConfirmation;
    private readonly List<(HttpStatusCode Status, string Body, bool Replayed)> answers = [];

    private FakeClockHostFixture Host => actors.Host as FakeClockHostFixture
        ?? throw new InvalidOperationException("Webhooks are checked on the host's clock: tag the feature @printers or @clock.");

    private WebhookReceiver Receiver => receiver ?? throw new InvalidOperationException("No ERP receives webhooks in this scenario.");

    [Given(@"^the AM centre's ERP receives webhooks signed with its secret$")]
    public async Task Receives()
    {
        var secret = WebhookSecret.Generate();
        receiver = await WebhookReceiver.StartAsync([secret], Host.Clock);
        var made = await (await actors.AsAsync("manufacturer")).PostJsonAsync($"/api/organizations/{DemoData.CentreId}/connectors",
            new { kind = "webhook", name = "erp", secret, settings = new { url = receiver.Url.ToString(), timeoutSeconds = 5 } }, HttpStatusCode.Created);
        connector = made.GetProperty("connector").Id();
    }

    [Then(@"^the ERP has received, each signed, once and in order, the order's events$")]
    public async Task ReceivedEvents(Table expected)
    {
        var received = await ReceivedAsync();
        seenBeforeConfirmation = received.Count;
        Assert.Equal(expected.Rows.Select(r => (r["event"], r["status"])), received.Select(Describe));
    }

    [Then(@"^the ERP has received, each signed, once and in order, the order's change to ""(\w+)"" and every event since$")]
    public async Task ReceivedSince(string status)
    {
        var since = (await ReceivedAsync()).Skip(seenBeforeConfirmation).Select(Describe).ToList();
        Assert.Equal((EventTypes.OrderStatusChanged, status), since.FirstOrDefault(e => e.Type == EventTypes.OrderStatusChanged));
    }

    [When(@"^the ERP confirms the order through the inbound API with the idempotency key ""([^""]+)""$")]
    public async Task Confirm(string idempotencyKey)
    {
        using (var manufacturer = await actors.Host.CreateClientAsAsync(AmspRoles.Manufacturer))
        {
            erp = await actors.Host.CreateMachineHttpClientAsync(await manufacturer.CreateMachineClientAsync(DemoData.CentreId, "orders.write"));
        }
        key = idempotencyKey;
        await SendConfirmationAsync();
    }

    [When(@"^the ERP sends the same confirmation again with the same key$")]
    public Task ConfirmAgain() => SendConfirmationAsync();

    [Then(@"^the ERP got the same answer twice, the second marked as replayed$")]
    public void SameAnswer()
    {
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal("Applied", JsonDocument.Parse(answers[0].Body).RootElement.GetProperty("result").GetString());
        Assert.Equal(answers[0].Body, answers[1].Body);
        Assert.Equal((false, true), (answers[0].Replayed, answers[1].Replayed));
    }

    [AfterScenario]
    public Task StopAsync() => Task.Run(async () =>
    {
        erp?.Dispose();
        if (receiver is null)
        {
            return;
        }
        // The connector goes with its receiver, so no later scenario's events wait for a port nobody listens on.
        using (var manufacturer = await actors.Host.CreateClientAsAsync(AmspRoles.Manufacturer))
        {
            (await manufacturer.DeleteAsync($"/api/organizations/{DemoData.CentreId}/connectors/{connector}")).EnsureSuccessStatusCode();
        }
        await receiver.DisposeAsync();
    });

    private async Task SendConfirmationAsync()
    {
        using var response = await (erp ?? throw new InvalidOperationException("The ERP has not confirmed yet."))
            .PostErpAsync($"/api/erp/orders/{journey.Number}/confirmations", new { step = "order", confirmed = true, reference = key }, key);
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
        answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(), replayed));
    }

    /// <summary>
    /// The order's events the receiver processed, once all the centre's events of the order have arrived: the host's
    /// dispatcher is run here round after round (its background rounds wait for the fake clock), for at most 10 s.
    /// Every request was verified (none refused), each event came once, in the order of its sequence.
    /// </summary>
    private async Task<List<JsonElement>> ReceivedAsync()
    {
        var expected = await CentreEventIdsAsync();
        var dispatcher = Host.Services.GetRequiredService<OutboxDispatcher>();
        var deadline = TimeProvider.System.GetTimestamp() + (10 * TimeProvider.System.TimestampFrequency);
        while (Of(Receiver.Processed).Count < expected.Count && TimeProvider.System.GetTimestamp() < deadline)
        {
            if (await dispatcher.DispatchOnceAsync(CancellationToken.None) == 0)
            {
                // A round of the background dispatcher may hold a delivery: wait for the receiver to hear of it.
                await Task.WhenAny(Receiver.WaitUntilAsync(() => Of(Receiver.Processed).Count >= expected.Count, TimeSpan.FromMilliseconds(200)));
            }
        }
        Assert.Empty(Receiver.Rejected);
        var processed = Of(Receiver.Processed);
        Assert.Equal(expected, processed.Select(p => p.Id));
        Assert.Equal(processed.Count, Of(Receiver.Received).Count);
        var sequences = processed.Select(p => p.Body.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        return processed.Select(p => p.Body).ToList();
    }

    private List<(string Id, JsonElement Body)> Of(IEnumerable<(string Id, JsonElement Body)> events) =>
        events.Where(e => e.Body.GetProperty("orderNumber").GetString() == journey.Number).ToList();

    /// <summary>The ids of the order's events the centre's connector has a delivery of, by sequence (the events API lists newest first).</summary>
    private async Task<List<string>> CentreEventIdsAsync()
    {
        var page = await (await actors.AsAsync("manufacturer")).GetJsonAsync($"/api/integration/events?orderNumber={journey.Number}&pageSize=100");
        return page.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("deliveries").EnumerateArray().Any(d => d.Id("connectorId") == connector))
            .OrderBy(e => e.GetProperty("sequence").GetInt64()).Select(e => e.GetProperty("id").GetString()!).ToList();
    }

    private static (string Type, string Status) Describe(JsonElement e)
    {
        var type = e.GetProperty("type").GetString()!;
        var data = e.GetProperty("data");
        var status = type == EventTypes.OrderStatusChanged ? data.GetProperty("to") : data.TryGetProperty("status", out var s) ? s : default;
        return (type, status.ValueKind == JsonValueKind.String ? status.GetString()! : "");
    }
}

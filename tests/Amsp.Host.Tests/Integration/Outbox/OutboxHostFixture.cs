using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Integration.Outbox;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Host.Platform.Demo;
using Amsp.Integration.Erp.Webhooks;
using Amsp.Integration.Tests.Erp.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>
/// The host on a fake clock with the dispatcher driven by the tests (no background rounds), and a webhook receiver
/// on a loopback port, on the same clock, registered as the demo customer's (Acme's) connector.
/// </summary>
public sealed class OutboxHostFixture : ManualTimersHostFixture, IAsyncLifetime
{
    public const int MaxAttempts = 3;

    public WebhookReceiver Receiver { get; private set; } = null!;

    public Guid ConnectorId { get; private set; }

    public string Secret { get; private set; } = "";

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:Integration:Outbox:PollInterval", "00:00:00");
        builder.UseSetting("Amsp:Integration:Outbox:BaseDelay", "00:00:10");
        builder.UseSetting("Amsp:Integration:Outbox:MaxDelay", "00:10:00");
        builder.UseSetting("Amsp:Integration:Outbox:MaxAttempts", MaxAttempts.ToString());
    }

    public async Task InitializeAsync()
    {
        Secret = WebhookSecret.Generate();
        Receiver = await WebhookReceiver.StartAsync([Secret], Clock);
        using var customer = await this.CreateClientAsAsync(AmspRoles.Customer);
        var made = await customer.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors",
            new { kind = "webhook", name = "erp", secret = Secret, settings = new { url = Receiver.Url.ToString(), timeoutSeconds = 5 } }, HttpStatusCode.Created);
        ConnectorId = made.GetProperty("connector").Id();
        Assert.Equal(Secret, made.GetProperty("secret").GetString());
    }

    /// <summary>Dispatch rounds until none finds anything due; the number of attempts made.</summary>
    public async Task<int> DrainAsync()
    {
        var total = 0;
        for (var round = 0; round < 200; round++)
        {
            var attempted = await Dispatcher.DispatchOnceAsync(CancellationToken.None);
            if (attempted == 0)
            {
                return total;
            }
            total += attempted;
        }
        throw new InvalidOperationException("The outbox never ran dry.");
    }

    /// <summary>What the receiver processed of one order, in arrival order.</summary>
    public List<JsonElement> ProcessedOf(string orderNumber) =>
        Receiver.Processed.Select(p => p.Body).Where(b => b.GetProperty("orderNumber").GetString() == orderNumber).ToList();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }
    }
}

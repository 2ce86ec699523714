using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Amsp.Domain.Catalog;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Mqtt;
using Amsp.Host.Platform.Production;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Integration.Erp.Mqtt;
using Amsp.Integration.Tests.Erp.Mqtt;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Protocol;

namespace Amsp.Host.Tests.Integration.Mqtt;

/// <summary>Telemetry published on a real mosquitto reaches the database through the subscriber and the store.</summary>
[Trait("Category", "Brokers")]
public sealed class PrinterTelemetryTests(AmspHostFixture host, MosquittoServer broker) : IClassFixture<AmspHostFixture>, IClassFixture<MosquittoServer>
{
    [SkippableFact]
    public async Task Telemetry_updates_the_printers_state_and_job_of_the_connectors_organization_only()
    {
        MosquittoServer.Require();
        var name = "MQTT-" + Guid.NewGuid().ToString("N")[..6];
        Guid ours, theirs, organization, other;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            var organizations = await db.Organizations.Select(o => o.Id).Take(2).ToListAsync();
            (organization, other) = (organizations[0], organizations[1]);
            var a = new Printer { Id = Guid.NewGuid(), OrganizationId = organization, Name = name, Controller = ControllerKind.Virtual, State = PrinterState.Operational };
            var b = new Printer { Id = Guid.NewGuid(), OrganizationId = other, Name = name, Controller = ControllerKind.Virtual, State = PrinterState.Operational };
            db.Printers.AddRange(a, b);
            await db.SaveChangesAsync();
            (ours, theirs) = (a.Id, b.Id);
        }
        var store = new PrinterTelemetryStore(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Services.GetRequiredService<ProductionMetrics>(),
            host.Services.GetRequiredService<IMeterFactory>(), NullLogger<PrinterTelemetryStore>.Instance);
        var connector = broker.Connector(organization);
        var applied = Channel.CreateUnbounded<bool>();
        var subscriber = new MqttTelemetrySubscriber(TimeProvider.System, NullLogger<MqttTelemetrySubscriber>.Instance);
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.Subscribed += _ => subscribed.TrySetResult();
        using var stop = new CancellationTokenSource();
        var run = subscriber.RunAsync(connector, async (t, ct) => await applied.Writer.WriteAsync(await store.ApplyAsync(connector, t, ct), ct), stop.Token);
        await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // By name, within the connector's organization: the other organization's printer of the same name is untouched.
        await PublishAsync("amsp/printers/line-1/telemetry", $$"""{"printer":"{{name}}","state":"paused","temperatures":{"nozzle":{"actual":214.8,"target":215} } }""");
        Assert.True(await applied.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        // By id, taken from the topic: another organization's printer is not found.
        await PublishAsync($"amsp/printers/{theirs}/telemetry", """{"state":"error"}""");
        Assert.False(await applied.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        await PublishAsync($"amsp/printers/{ours}/telemetry", """{"state":"printing"}""");
        Assert.True(await applied.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
            Assert.Equal(PrinterState.Printing, (await db.Printers.SingleAsync(p => p.Id == ours)).State);
            Assert.Equal(PrinterState.Operational, (await db.Printers.SingleAsync(p => p.Id == theirs)).State);
        }
        Assert.Equal(214.8, store.Temperature(ours, "nozzle"));
        Assert.Null(store.Temperature(theirs, "nozzle"));
    }

    private async Task PublishAsync(string topic, string payload)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).Build());
        await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await client.DisconnectAsync();
    }
}

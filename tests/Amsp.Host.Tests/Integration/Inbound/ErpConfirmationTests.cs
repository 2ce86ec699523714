using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Machine;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Erp;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Integration.Inbound;

/// <summary>
/// The shipped order workflow with the ERP confirmation switched on by an analyst (variable erpConfirmation): after the
/// customer accepts a quote the order waits for the ERP, which confirms (printing goes on), rejects (the order is
/// cancelled with its reason) or stays silent (the order goes on hold, and a late confirmation still counts).
/// </summary>
public sealed class ErpConfirmationTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>
{
    [Fact]
    public async Task A_confirmation_lets_the_accepted_order_go_on_to_printing()
    {
        var (customer, order) = await AcceptedOrderAsync();
        Assert.Equal("Accepted", order.Status());
        using var erp = await host.CreateAcmeMachineAsync("orders.write");

        using var early = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations", new { step = "shipment", confirmed = true }, "c0");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        using var invalid = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations", new { step = "" }, "c1");
        Assert.Equal(["confirmed", "step"], (await invalid.OkJsonAsync(HttpStatusCode.BadRequest)).ErrorFields().Order());

        using var confirmed = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations",
            new { step = "order", confirmed = true, reference = "SO-2026-0042" }, "c2");
        var answer = await confirmed.OkJsonAsync();
        Assert.Equal("Applied", answer.GetProperty("result").GetString());
        Assert.Equal("Printing", answer.GetProperty("order").Status());

        // The ERP sends it again (same key): the same answer; with a new key, the order no longer waits.
        using var replay = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations",
            new { step = "order", confirmed = true, reference = "SO-2026-0042" }, "c2");
        Assert.Equal(answer.GetRawText(), (await replay.OkJsonAsync()).GetRawText());
        using var late = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations", new { step = "order", confirmed = true }, "c3");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        customer.Dispose();
    }

    [Fact]
    public async Task A_rejection_cancels_the_order_with_the_ERP_s_reason()
    {
        var (customer, order) = await AcceptedOrderAsync();
        using var erp = await host.CreateAcmeMachineAsync("orders.write");
        using var rejected = await erp.PostErpAsync($"/api/erp/orders/{order.Number()}/confirmations",
            new { step = "order", confirmed = false, reason = "Credit limit exceeded for cost centre 4711." }, "r1");
        var after = (await rejected.OkJsonAsync()).GetProperty("order");
        Assert.Equal("Cancelled", after.Status());
        var last = after.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Credit limit exceeded for cost centre 4711.", last.GetProperty("reason").GetString());
        customer.Dispose();
    }

    [Fact]
    public async Task Without_an_answer_in_two_days_the_order_goes_on_hold_and_a_late_confirmation_still_counts()
    {
        var (customer, order) = await AcceptedOrderAsync();
        customer.Dispose();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        // Other tests' orders may have timers of their own: what counts is this order's status.
        host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await runtime.ProcessDueTimersAsync();
        using (var before = await host.CreateClientAsAsync(AmspRoles.Customer))
        {
            Assert.Equal("Accepted", (await before.GetJsonAsync($"/api/orders/{order.Number()}")).Status());
        }
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await runtime.ProcessDueTimersAsync();

        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var held = await acme.GetJsonAsync($"/api/orders/{order.Number()}");
        Assert.Equal("OnHold", held.Status());
        Assert.Contains("did not confirm", held.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString(), StringComparison.Ordinal);

        // The transports share one service: an AMQP message confirms the held order; the same message again changes nothing.
        await using var scope = host.Services.CreateAsyncScope();
        var confirmations = scope.ServiceProvider.GetRequiredService<IErpConfirmations>();
        var command = new ErpConfirmationCommand(DemoData.AcmeId, order.Number(), "order", true, null, "SO-9", ErpConfirmationSource.Amqp, "amqp-msg-1", "queue");
        Assert.Equal(ErpConfirmationResult.Applied, (await confirmations.ApplyAsync(command, CancellationToken.None)).Result);
        Assert.Equal(ErpConfirmationResult.Duplicate, (await confirmations.ApplyAsync(command, CancellationToken.None)).Result);
        Assert.Equal(ErpConfirmationResult.NotFound,
            (await confirmations.ApplyAsync(command with { OrganizationId = DemoData.GlobexId, MessageId = "amqp-msg-2" }, CancellationToken.None)).Result);

        var resumed = await acme.GetJsonAsync($"/api/orders/{order.Number()}");
        Assert.Equal("Printing", resumed.Status());
        Assert.Equal(["Requested", "Quoted", "Accepted", "OnHold", "Accepted", "Printing"],
            resumed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    private async Task<(HttpClient Customer, JsonElement Order)> AcceptedOrderAsync()
    {
        using (var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst))
        {
            await analyst.SwitchErpConfirmationOnAsync();
        }
        var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("bracket.stl", model => OrderFlows.Requirement(model, material: "PLA"));
        return (customer, await customer.AcceptFirstAsync(order));
    }
}

using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// What the shipped workflow does when production goes wrong: a print failing half-way or a printer going offline is
/// sent once to another printer; an inspection out of tolerance is printed again and inspected again; a second
/// failure ends the order Failed with the reason. Both MEX printers carry PLA here, so there is another printer.
/// </summary>
[Trait("Category", "Production")]
public sealed class ProductionFailureTests(ProductionHostFixture host) : IClassFixture<ProductionHostFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var printer = await manufacturer.GetJsonAsync($"/api/printers/{DemoData.MexPetgPrinterId}");
        await manufacturer.PutJsonAsync($"/api/printers/{DemoData.MexPetgPrinterId}", new
        {
            name = printer.GetProperty("name").GetString(), process = "MEX", buildVolume = new { x = 220, y = 220, z = 250 },
            siteId = DemoData.SiteId, loadedMaterialId = DemoData.PlaId, loadedColour = "Black", controller = "Virtual", baseUrl = "mex-2",
            state = "Operational", active = true,
        });
        foreach (var name in new[] { "mex-1", "mex-2" })
        {
            await host.FaultAsync(name, new { reset = true });
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_print_failing_at_half_is_sent_to_another_printer_and_the_order_goes_on()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m, quantity: 1));
        await customer.AcceptFirstAsync(order);
        var first = await FirstJobPrinterAsync(customer, order.Number());
        await host.FaultAsync(first, new { failAtPercent = 50 });

        await host.PrintUntilPrintedAsync(customer, order.Number());
        Assert.Equal("Inspecting", (await customer.OrderAsync(order.Number())).Status());
        var jobs = (await customer.GetJsonAsync($"/api/orders/{order.Number()}/trace")).GetProperty("printJobs").EnumerateArray().ToList();
        Assert.Equal(["Failed", "Completed"], jobs.Select(j => j.GetProperty("status").GetString()));
        Assert.Contains("50", jobs[0].GetProperty("failureReason").GetString());
        Assert.NotEqual(jobs[0].GetProperty("printerId").GetGuid(), jobs[1].GetProperty("printerId").GetGuid());
    }

    [Fact]
    public async Task A_printer_that_goes_offline_is_marked_offline_and_its_job_printed_elsewhere()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var order = await customer.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m, quantity: 1));
        await customer.AcceptFirstAsync(order);
        var first = await FirstJobPrinterAsync(customer, order.Number());
        await host.FaultAsync(first, new { offline = true });
        await host.PollAsync();

        var operations = await operatorClient.GetJsonAsync("/api/operations");
        Assert.Equal("Offline", operations.GetProperty("printers").EnumerateArray().Single(p => p.GetProperty("name").GetString()!.StartsWith(first == "mex-1" ? "MEX 1" : "MEX 2", StringComparison.Ordinal)).GetProperty("state").GetString());
        await host.PrintUntilPrintedAsync(customer, order.Number());
        Assert.Equal("Inspecting", (await customer.OrderAsync(order.Number())).Status());
        var jobs = (await customer.GetJsonAsync($"/api/orders/{order.Number()}/trace")).GetProperty("printJobs").EnumerateArray().ToList();
        Assert.Contains("stopped answering", jobs[0].GetProperty("failureReason").GetString());
        Assert.Equal("Completed", jobs[^1].GetProperty("status").GetString());
        await host.FaultAsync(first, new { reset = true });
        await host.PollAsync();
    }

    [Fact]
    public async Task An_inspection_out_of_tolerance_is_reprinted_and_passes_the_second_time()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        var order = await customer.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m, quantity: 1));
        var number = order.Number();
        await customer.AcceptFirstAsync(order);
        await host.PrintUntilPrintedAsync(customer, number);

        // 0.5 mm over: outside ±0.2 for the hole spacing and outside ISO 2768-m for the overall sizes.
        var failed = await inspector.InspectAsync(number, offset: 0.5m, nonconformity: "Hole spacing 40.5 mm, over the 40 ± 0.2 limit.");
        Assert.Equal("Printing", failed.Status());
        Assert.Contains("Hole spacing", failed.GetProperty("reasons")[0].GetString());
        await host.PrintUntilPrintedAsync(customer, number);
        var passed = await inspector.InspectAsync(number);
        Assert.Equal("Inspecting", passed.Status());
        var trace = await customer.GetJsonAsync($"/api/orders/{number}/trace");
        Assert.Equal(["Failed", "Passed"], trace.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Equal(2, trace.GetProperty("printJobs").EnumerateArray().Count(j => j.GetProperty("status").GetString() == "Completed"));
        Assert.Single(trace.GetProperty("certificates").EnumerateArray());
    }

    [Fact]
    public async Task A_verdict_is_computed_and_a_bad_entry_is_refused_naming_the_line()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        var order = await customer.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m, quantity: 1));
        var number = order.Number();
        await customer.AcceptFirstAsync(order);
        await host.PrintUntilPrintedAsync(customer, number);

        var missing = await inspector.PostJsonAsync($"/api/orders/{number}/inspection",
            new { measurements = new[] { new { characteristic = "Hole spacing", measured = 40.0 } } }, System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("Visual check", missing.GetProperty("errors").ToString());
        var plan = (await inspector.GetJsonAsync($"/api/orders/{number}/inspections"))[0].GetProperty("characteristics").EnumerateArray();
        var entries = plan.Select(c => c.GetProperty("kind").GetString() == "Visual"
            ? (object)new { characteristic = "Visual check", accepted = true }
            : new { characteristic = c.GetProperty("name").GetString(), measured = c.GetProperty("name").GetString() == "Hole spacing" ? 41m : c.GetProperty("nominal").GetDecimal() })
            .ToList();
        var failing = await inspector.PostJsonAsync($"/api/orders/{number}/inspection", new { measurements = entries }, System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("nonconformity", failing.GetProperty("errors").ToString());
        using var globexInspectorless = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        await globexInspectorless.PostJsonAsync($"/api/orders/{number}/inspection", new { measurements = Array.Empty<object>() }, System.Net.HttpStatusCode.Forbidden);
        Assert.Equal("Inspecting", (await customer.OrderAsync(number)).Status());
    }

    private async Task<string> FirstJobPrinterAsync(HttpClient customer, string number)
    {
        await host.PollAsync();
        var job = (await customer.GetJsonAsync($"/api/orders/{number}/trace")).GetProperty("printJobs").EnumerateArray().First();
        Assert.Equal("Printing", job.GetProperty("status").GetString());
        return job.GetProperty("printerId").GetGuid() == DemoData.MexPlaPrinterId ? "mex-1" : "mex-2";
    }
}

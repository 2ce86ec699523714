using System.Text.Json;
using Amsp.Host.Tests.Platform;
using Amsp.Host.Tests.Production;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// The demo AM centre's virtual printers, in features tagged <c>@printers</c>. The manufacturer sets them up over the
/// API as anyone would; the printers working is the platform's clock moving on while the platform polls them over
/// HTTP, and a printer's fault is set on the printer itself: these steps reach past the platform's API, because a
/// printer and time are no client, and say so in their words.
/// </summary>
[Binding]
public sealed class PrinterSteps(Actors actors, Journey journey, ProductionSteps production)
{
    private ProductionHostFixture Host => actors.Host as ProductionHostFixture
        ?? throw new InvalidOperationException("Printers work only in a feature tagged @printers.");

    [Given(@"^the manufacturer has loaded ""([^""]+)"" on the printer ""([^""]+)""$")]
    public async Task Load(string material, string printerName)
    {
        var manufacturer = await actors.AsAsync("manufacturer");
        var centre = (await manufacturer.GetJsonAsync("/api/auth/me")).GetProperty("memberships").EnumerateArray()
            .Single(m => m.GetProperty("kind").GetString() == "AmCentre").Id("organizationId");
        var printer = (await manufacturer.GetJsonAsync($"/api/organizations/{centre}/printers")).EnumerateArray()
            .Single(p => p.GetProperty("name").GetString()!.StartsWith(printerName, StringComparison.Ordinal));
        var loaded = (await manufacturer.GetJsonAsync($"/api/organizations/{centre}/materials")).EnumerateArray()
            .First(m => m.GetProperty("name").GetString() == material && m.GetProperty("process").GetString() == printer.GetProperty("process").GetString());
        await manufacturer.PutJsonAsync($"/api/printers/{printer.Id()}", new
        {
            name = printer.GetProperty("name").GetString(), process = printer.GetProperty("process").GetString(), buildVolume = printer.GetProperty("buildVolume"),
            siteId = printer.Id("siteId"), loadedMaterialId = loaded.Id(), loadedColour = Colour(printer, loaded),
            controller = printer.GetProperty("controller").GetString(), baseUrl = printer.GetProperty("baseUrl").GetString(),
            state = printer.GetProperty("state").GetString(), hourlyRate = printer.GetProperty("hourlyRate"),
            timeParameters = printer.GetProperty("timeParameters"), active = true,
        });
    }

    [Then(@"^the platform has queued the part on a printer of the AM centre, without the manufacturer choosing one$")]
    public async Task Queued()
    {
        var jobs = (await (await actors.AsAsync("manufacturer")).GetJsonAsync("/api/print-jobs?pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(j => j.GetProperty("orderNumber").GetString() == journey.Number).ToList();
        var trace = await production.TraceAsync();
        Assert.Equal(trace.GetProperty("requirement").GetProperty("quantity").GetInt32(), jobs.Count);
        Assert.All(jobs, j => Assert.Equal("Queued", j.GetProperty("status").GetString()));
        var printers = trace.GetProperty("printJobs").EnumerateArray().Select(j => j.GetProperty("printer").GetString());
        Assert.All(printers, p => Assert.False(string.IsNullOrEmpty(p), "A job of the order has no printer."));
    }

    [When(@"^the printers start the job \(the platform polls them\)$")]
    public async Task Start() => await OffContext(Host.PollAsync);

    [When(@"^the printer of the part fails at (\d+) % \(set on the printer\)$")]
    public async Task Fail(int percent)
    {
        var job = (await production.TraceAsync()).GetProperty("printJobs").EnumerateArray().Single(j => j.GetProperty("status").GetString() == "Printing");
        var printer = await (await actors.AsAsync("manufacturer")).GetJsonAsync($"/api/printers/{job.Id("printerId")}");
        await OffContext(() => Host.FaultAsync(printer.GetProperty("baseUrl").GetString()!, new { failAtPercent = percent }));
    }

    [When(@"^the printers work until the parts? (?:is|are) printed \(the clock moves on, the platform polls them\)$")]
    public async Task WorkUntilPrinted()
    {
        // Sign-in tokens last an hour of the clock the printers move: everyone signs in afresh before and after.
        actors.SignOutEveryone();
        var customer = await actors.AsAsync(journey.Orderer);
        await OffContext(() => Host.PrintUntilPrintedAsync(customer, journey.Number));
        actors.SignOutEveryone();
        Assert.DoesNotContain((await production.TraceAsync()).GetProperty("status").GetString(), new[] { "Accepted", "Printing" });
    }

    [Then(@"^the part was printed on another printer after the first failed at (\d+) % with ""([^""]+)""$")]
    public async Task PrintedElsewhere(int percent, string error)
    {
        var jobs = (await production.TraceAsync()).GetProperty("printJobs").EnumerateArray().ToList();
        Assert.Equal(["Failed", "Completed"], jobs.Select(j => j.GetProperty("status").GetString()));
        var reason = jobs[0].GetProperty("failureReason").GetString();
        Assert.Contains($"{percent} %", reason, StringComparison.Ordinal);
        Assert.Contains(error, reason, StringComparison.Ordinal);
        Assert.NotEqual(jobs[0].Id("printerId"), jobs[1].Id("printerId"));
    }

    /// <summary>The colour the printer has loaded, when the material comes in it, or else the material's first.</summary>
    private static string? Colour(JsonElement printer, JsonElement material)
    {
        var colours = material.GetProperty("colours").EnumerateArray().Select(c => c.GetString()).ToList();
        var current = printer.GetProperty("loadedColour").GetString();
        return colours.Contains(current) ? current : colours.FirstOrDefault();
    }

    /// <summary>
    /// Off SpecFlow's synchronization context, which pumps only while a step runs: the fake clock fires the host's
    /// timers on the thread that moves it, and their continuations must not queue behind this step.
    /// </summary>
    private static Task OffContext(Func<Task> work) => Task.Run(work);
}

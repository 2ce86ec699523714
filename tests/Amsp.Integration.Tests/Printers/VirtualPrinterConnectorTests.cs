using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Amsp.Integration.Printers;

namespace Amsp.Integration.Tests.Printers;

public sealed class VirtualPrinterConnectorTests(VirtualPrinterFixture fx) : IClassFixture<VirtualPrinterFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task An_upload_prints_and_completes_when_its_estimated_time_has_passed()
    {
        var printer = fx.Endpoint("complete");
        using var gcode = VirtualPrinterFixture.Gcode();
        var sha = Convert.ToHexStringLower(SHA256.HashData(gcode.ToArray()));
        await fx.Connector.UploadAndPrintAsync(printer, "bracket.gcode", gcode, None);

        var started = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Printing, "bracket.gcode", 0, 0, 3723, null), started);
        Assert.Equal(sha, fx.Farm.Find("complete")!.State.Sha256);

        fx.Time.Advance(TimeSpan.FromSeconds(3723 / 2.0));
        var half = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal(PrintJobState.Printing, half.State);
        Assert.Equal(50, half.Progress!.Value, 1);
        Assert.Equal(1862, half.PrintTimeLeftSeconds!.Value, 0);
        var heating = await fx.Connector.GetPrinterAsync(printer, None);
        Assert.Equal(PrinterState.Printing, heating.State);
        Assert.InRange(heating.ToolTemperature!.Value, 214, 215); // held at the G-code's M104 S215
        Assert.InRange(heating.BedTemperature!.Value, 59, 60);

        fx.Time.Advance(TimeSpan.FromSeconds(3723));
        var done = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Completed, "bracket.gcode", 100, 3723, 0, null), done);
        Assert.Equal(PrinterState.Operational, (await fx.Connector.GetPrinterAsync(printer, None)).State);
    }

    [Fact]
    public async Task A_print_set_to_fail_at_half_way_fails_there_with_the_error_text()
    {
        var printer = fx.Endpoint("fail");
        await SetFaultsAsync("fail", new { failAtPercent = 50 });
        using var gcode = VirtualPrinterFixture.Gcode("1h");
        await fx.Connector.UploadAndPrintAsync(printer, "part.gcode", gcode, None);
        fx.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(PrintJobState.Printing, (await fx.Connector.GetJobAsync(printer, None)).State);

        fx.Time.Advance(TimeSpan.FromMinutes(2));
        var failed = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal(PrintJobState.Failed, failed.State);
        Assert.Equal(50, failed.Progress);
        Assert.Contains("thermal runaway", failed.Error, StringComparison.OrdinalIgnoreCase);
        var status = await fx.Connector.GetPrinterAsync(printer, None); // OctoPrint answers 409: not operational
        Assert.Equal(PrinterState.Error, status.State);
        var refused = await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.CancelAsync(printer, None));
        Assert.Equal(PrinterFailure.Busy, refused.Failure);
    }

    [Fact]
    public async Task An_offline_printer_is_unreachable_until_reset()
    {
        var printer = fx.Endpoint("offline");
        await SetFaultsAsync("offline", new { offline = true });
        using var raw = new HttpClient();
        var answer = await raw.GetAsync(new Uri(printer.BaseUrl + "/api/job"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);

        Assert.Equal(PrinterFailure.Unreachable, (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.GetJobAsync(printer, None))).Failure);
        using var gcode = VirtualPrinterFixture.Gcode();
        Assert.Equal(PrinterFailure.Unreachable,
            (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.UploadAndPrintAsync(printer, "a.gcode", gcode, None))).Failure);
        Assert.Equal(PrinterState.Offline, (await fx.Connector.GetPrinterAsync(printer, None)).State);

        await SetFaultsAsync("offline", new { reset = true });
        Assert.Equal(PrinterState.Operational, (await fx.Connector.GetPrinterAsync(printer, None)).State);
        Assert.Equal(PrintJobState.Idle, (await fx.Connector.GetJobAsync(printer, None)).State);
    }

    [Fact]
    public async Task A_printer_refusing_uploads_is_busy()
    {
        await SetFaultsAsync("refuse", new { refuseUploads = true });
        using var gcode = VirtualPrinterFixture.Gcode();
        var e = await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.UploadAndPrintAsync(fx.Endpoint("refuse"), "a.gcode", gcode, None));
        Assert.Equal(PrinterFailure.Busy, e.Failure);
        Assert.Null(fx.Farm.Find("refuse")!.State.FileName);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(null)]
    public async Task Without_the_right_key_every_call_is_unauthorized(string? key)
    {
        var printer = fx.Endpoint("key", key);
        using var gcode = VirtualPrinterFixture.Gcode();
        Assert.Equal(PrinterFailure.Unauthorized, (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.GetJobAsync(printer, None))).Failure);
        Assert.Equal(PrinterFailure.Unauthorized, (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.GetPrinterAsync(printer, None))).Failure);
        Assert.Equal(PrinterFailure.Unauthorized,
            (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.UploadAndPrintAsync(printer, "a.gcode", gcode, None))).Failure);
        Assert.Null(fx.Farm.Find("key")!.State.FileName);
        using var raw = new HttpClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await raw.GetAsync(new Uri(printer.BaseUrl + "/admin/faults"))).StatusCode);
    }

    [Theory]
    [InlineData("cancel", 0)]
    [InlineData("cancel-late", 600)]
    public async Task A_cancelled_print_reads_as_cancelled(string name, int secondsBeforeCancel)
    {
        var printer = fx.Endpoint(name);
        using var gcode = VirtualPrinterFixture.Gcode();
        await fx.Connector.UploadAndPrintAsync(printer, "part.gcode", gcode, None);
        fx.Time.Advance(TimeSpan.FromSeconds(secondsBeforeCancel));
        await fx.Connector.CancelAsync(printer, None);

        // OctoPrint resets a cancelled job's progress to nulls; the file's print history tells it from an idle one.
        var job = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Cancelled, "part.gcode", null, null, null, null), job);
        fx.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(PrintJobState.Cancelled, (await fx.Connector.GetJobAsync(printer, None)).State);
        Assert.Equal(PrinterFailure.Busy, (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.CancelAsync(printer, None))).Failure);
    }

    [Fact]
    public async Task A_second_upload_while_printing_is_busy_and_leaves_the_running_job_alone()
    {
        var printer = fx.Endpoint("busy");
        using var first = VirtualPrinterFixture.Gcode();
        await fx.Connector.UploadAndPrintAsync(printer, "first.gcode", first, None);
        using var second = VirtualPrinterFixture.Gcode("5m");
        var e = await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.UploadAndPrintAsync(printer, "second.gcode", second, None));
        Assert.Equal(PrinterFailure.Busy, e.Failure);
        var job = await fx.Connector.GetJobAsync(printer, None);
        Assert.Equal((PrintJobState.Printing, "first.gcode"), (job.State, job.FileName));
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_rejected_and_nothing_is_kept()
    {
        using var gcode = VirtualPrinterFixture.Gcode(padding: (int)VirtualPrinterFixture.MaxUploadBytes);
        var e = await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.UploadAndPrintAsync(fx.Endpoint("large"), "big.gcode", gcode, None));
        Assert.Equal(PrinterFailure.Rejected, e.Failure);
        Assert.Null(fx.Farm.Find("large")!.State.FileName);
    }

    [Fact]
    public async Task Bad_faults_get_problem_details()
    {
        using var raw = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fx.Endpoint("idle").BaseUrl + "/admin/faults"))
        {
            Content = JsonContent.Create(new { failAtPercent = 150 }),
        };
        request.Headers.Add("X-Api-Key", VirtualPrinterFixture.Key);
        var answer = await raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_closed_port_is_unreachable()
    {
        var closed = new PrinterEndpoint(new Uri("http://127.0.0.1:9/"), "k");
        Assert.Equal(PrinterFailure.Unreachable, (await Assert.ThrowsAsync<PrinterException>(() => fx.Connector.GetJobAsync(closed, None))).Failure);
        Assert.Equal(PrinterState.Offline, (await fx.Connector.GetPrinterAsync(closed, None)).State);
    }

    [Fact]
    public void Controller_kinds_resolve_or_say_why_not()
    {
        Assert.Same(fx.Factory.GetConnector("OctoPrint").GetType(), fx.Factory.GetConnector("virtual").GetType());
        var e = Assert.Throws<PrinterException>(() => fx.Factory.GetConnector("Moonraker"));
        Assert.Equal((PrinterFailure.Protocol, "Moonraker is not supported yet"), (e.Failure, e.Message));
        Assert.Equal(PrinterFailure.Protocol, Assert.Throws<PrinterException>(() => fx.Factory.GetConnector("Bambu")).Failure);
    }

    private async Task SetFaultsAsync(string printer, object faults)
    {
        using var raw = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fx.Endpoint(printer).BaseUrl + "/admin/faults")) { Content = JsonContent.Create(faults) };
        request.Headers.Add("X-Api-Key", VirtualPrinterFixture.Key);
        (await raw.SendAsync(request)).EnsureSuccessStatusCode();
    }
}

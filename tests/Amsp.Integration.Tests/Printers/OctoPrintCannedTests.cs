using System.Net;
using Amsp.Integration.Printers;
using static Amsp.Integration.Tests.Printers.CannedOctoPrint;

namespace Amsp.Integration.Tests.Printers;

/// <summary>The connector against answers in the shapes a real OctoPrint gives.</summary>
public sealed class OctoPrintCannedTests
{
    private const string Upload = "POST /api/files/local", Job = "GET /api/job", PrinterRoute = "GET /api/printer";
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(HttpStatusCode.Created, OctoPrintBodies.Uploaded201)]
    [InlineData(HttpStatusCode.OK, OctoPrintBodies.Uploaded200)]
    public async Task An_accepted_upload_sends_the_file_with_print_and_the_key(HttpStatusCode status, string body)
    {
        var octo = new CannedOctoPrint().On(Upload, Json(status, body));
        using var gcode = new MemoryStream("G28\nG1 X1\n"u8.ToArray());
        await octo.Connector().UploadAndPrintAsync(Printer, "whistle_v2.gcode", gcode, None);

        var (_, key, sent) = Assert.Single(octo.Requests);
        Assert.Equal(Printer.ApiKey, key);
        Assert.Contains("name=file; filename=whistle_v2.gcode", sent, StringComparison.Ordinal);
        Assert.Contains("G28\nG1 X1\n", sent, StringComparison.Ordinal);
        Assert.Contains("name=print\r\n\r\ntrue", sent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "Trying to overwrite file that is currently being printed", PrinterFailure.Busy)]
    [InlineData(HttpStatusCode.UnsupportedMediaType, "Could not upload the file \"x.txt\", invalid type", PrinterFailure.Rejected)]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden", PrinterFailure.Unauthorized)]
    [InlineData(HttpStatusCode.BadGateway, "<html>502 Bad Gateway</html>", PrinterFailure.Unreachable)]
    public async Task A_refused_upload_says_why_and_is_never_posted_twice(HttpStatusCode status, string text, PrinterFailure failure)
    {
        var octo = new CannedOctoPrint().On(Upload, Text(status, text));
        using var gcode = new MemoryStream("G28\n"u8.ToArray());
        var e = await Assert.ThrowsAsync<PrinterException>(() => octo.Connector().UploadAndPrintAsync(Printer, "x.gcode", gcode, None));
        Assert.Equal(failure, e.Failure);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Equal(1, octo.Count(Upload));
    }

    [Fact]
    public async Task An_upload_stored_but_not_started_is_busy()
    {
        var octo = new CannedOctoPrint().On(Upload, Json(HttpStatusCode.Created, OctoPrintBodies.UploadedNotPrinted));
        using var gcode = new MemoryStream("G28\n"u8.ToArray());
        var e = await Assert.ThrowsAsync<PrinterException>(() => octo.Connector().UploadAndPrintAsync(Printer, "x.gcode", gcode, None));
        Assert.Equal(PrinterFailure.Busy, e.Failure);
    }

    [Fact]
    public async Task An_upload_whose_connection_was_never_made_is_retried()
    {
        var octo = new CannedOctoPrint().On(Upload, Throw(HttpRequestError.ConnectionError), Json(HttpStatusCode.Created, OctoPrintBodies.Uploaded201));
        using var gcode = new MemoryStream("G28\n"u8.ToArray());
        await octo.Connector().UploadAndPrintAsync(Printer, "whistle_v2.gcode", gcode, None);
        Assert.Equal(2, octo.Count(Upload));
        Assert.Contains("G28", octo.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_answer_to_an_upload_is_not_retried()
    {
        var octo = new CannedOctoPrint().On(Upload, Throw(HttpRequestError.ResponseEnded), Json(HttpStatusCode.Created, OctoPrintBodies.Uploaded201));
        using var gcode = new MemoryStream("G28\n"u8.ToArray());
        var e = await Assert.ThrowsAsync<PrinterException>(() => octo.Connector().UploadAndPrintAsync(Printer, "x.gcode", gcode, None));
        Assert.Equal((PrinterFailure.Unreachable, 1), (e.Failure, octo.Count(Upload)));
    }

    [Fact]
    public async Task Job_queries_are_retried_on_transient_failures()
    {
        var octo = new CannedOctoPrint().On(Job, Text(HttpStatusCode.ServiceUnavailable, "No server is available"), Json(HttpStatusCode.OK, OctoPrintBodies.JobPrinting));
        var job = await octo.Connector().GetJobAsync(Printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Printing, "whistle_v2.gcode", 42.5, 276, 912, null), job);
        Assert.Equal(2, octo.Count(Job));
    }

    [Fact]
    public async Task A_failed_cancel_is_not_retried()
    {
        var octo = new CannedOctoPrint().On("POST /api/job", Text(HttpStatusCode.InternalServerError, "boom"), Text(HttpStatusCode.NoContent, ""));
        await Assert.ThrowsAsync<PrinterException>(() => octo.Connector().CancelAsync(Printer, None));
        Assert.Equal(1, octo.Count("POST /api/job"));
        Assert.Contains("\"command\":\"cancel\"", octo.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_job_with_null_fields_is_idle()
    {
        var job = await new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, OctoPrintBodies.JobIdle)).Connector().GetJobAsync(Printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Idle, null, null, null, null, null), job);
    }

    [Fact]
    public async Task A_finished_job_is_completed()
    {
        var job = await new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, OctoPrintBodies.JobDone)).Connector().GetJobAsync(Printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Completed, "whistle_v2.gcode", 100, 8790, 0, null), job);
    }

    [Fact]
    public async Task An_error_state_fails_the_job_with_the_error_text()
    {
        var job = await new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, OctoPrintBodies.JobError)).Connector().GetJobAsync(Printer, None);
        Assert.Equal(new PrintJobStatus(PrintJobState.Failed, "whistle_v2.gcode", 37.1, 3120, 5300, "Printer halted. kill() called!"), job);
    }

    [Theory]
    [InlineData(false, PrintJobState.Cancelled)]
    [InlineData(true, PrintJobState.Completed)]
    public async Task After_progress_is_reset_the_file_history_decides(bool lastSucceeded, PrintJobState expected)
    {
        var octo = new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, OctoPrintBodies.JobAfterCancel))
            .On("GET /api/files/local/whistle_v2.gcode", Json(HttpStatusCode.OK, OctoPrintBodies.FileHistory(lastSucceeded)));
        Assert.Equal(expected, (await octo.Connector().GetJobAsync(Printer, None)).State);
    }

    [Fact]
    public async Task A_selected_file_never_printed_is_idle()
    {
        var octo = new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, OctoPrintBodies.JobAfterCancel))
            .On("GET /api/files/local/whistle_v2.gcode", Json(HttpStatusCode.OK, """{"name":"whistle_v2.gcode","origin":"local"}"""));
        Assert.Equal(PrintJobState.Idle, (await octo.Connector().GetJobAsync(Printer, None)).State);
    }

    [Fact]
    public async Task The_printer_reports_state_and_temperatures()
    {
        var octo = new CannedOctoPrint().On(PrinterRoute, Json(HttpStatusCode.OK, OctoPrintBodies.Printer));
        Assert.Equal(new PrinterStatus(PrinterState.Operational, 214.8821, 50.221, "Operational"), await octo.Connector().GetPrinterAsync(Printer, None));
        octo.On(PrinterRoute, Json(HttpStatusCode.OK, OctoPrintBodies.PrinterPaused));
        Assert.Equal(PrinterState.Paused, (await octo.Connector().GetPrinterAsync(Printer, None)).State);
    }

    [Theory]
    [InlineData(OctoPrintBodies.JobOffline, PrinterState.Offline)]
    [InlineData(OctoPrintBodies.JobError, PrinterState.Error)]
    public async Task A_printer_that_is_not_operational_is_offline_or_in_error(string job, PrinterState expected)
    {
        var octo = new CannedOctoPrint().On(PrinterRoute, Text(HttpStatusCode.Conflict, "Printer is not operational"))
            .On(Job, Json(HttpStatusCode.OK, job));
        Assert.Equal(expected, (await octo.Connector().GetPrinterAsync(Printer, None)).State);
    }

    [Fact]
    public async Task An_answer_that_is_not_OctoPrint_json_is_a_protocol_failure()
    {
        var octo = new CannedOctoPrint().On(Job, Json(HttpStatusCode.OK, "<html>login</html>"));
        Assert.Equal(PrinterFailure.Protocol, (await Assert.ThrowsAsync<PrinterException>(() => octo.Connector().GetJobAsync(Printer, None))).Failure);
    }
}

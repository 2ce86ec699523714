using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.Timeout;

namespace Amsp.Integration.Printers.OctoPrint;

/// <summary>
/// OctoPrint's REST API. Queries go through <see cref="QueryClient"/> (attempt timeout, retries on GET), uploads
/// through <see cref="UploadClient"/> (one long timeout, retried only when the connection was never made), so an upload
/// the printer may have accepted is never posted twice. See docs/printers.md for the state mapping.
/// </summary>
public sealed class OctoPrintConnector(IHttpClientFactory clients) : IPrinterConnector
{
    public const string QueryClient = "Amsp.Printers.OctoPrint";
    public const string UploadClient = "Amsp.Printers.OctoPrint.Upload";

    public async Task UploadAndPrintAsync(PrinterEndpoint printer, string fileName, Stream gcode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(gcode);
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(gcode);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent("true"), "select");
        form.Add(new StringContent("true"), "print");
        using var request = Request(printer, HttpMethod.Post, "api/files/local", form);
        using var response = await SendAsync(UploadClient, request, ct);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw await FailureAsync(response, "upload", ct);
        }
        var answer = await ReadAsync<OctoUploadResponse>(response, ct);
        if (answer.EffectivePrint == false)
        {
            // OctoPrint stores the file but does not start it while the printer is not ready.
            throw new PrinterException(PrinterFailure.Busy, $"OctoPrint stored {fileName} but did not start it: the printer is not ready.");
        }
    }

    public async Task<PrinterStatus> GetPrinterAsync(PrinterEndpoint printer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(printer);
        try
        {
            using var request = Request(printer, HttpMethod.Get, "api/printer?exclude=sd", null);
            using var response = await SendAsync(QueryClient, request, ct);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                // 409: OctoPrint runs but the printer is not operational; the job's state text tells error from offline.
                var job = await GetJsonAsync<OctoJobResponse>(printer, "api/job", ct);
                return new PrinterStatus(OctoPrintStates.IsError(job.State) ? PrinterState.Error : PrinterState.Offline, null, null,
                    job.Error ?? job.State ?? "Printer is not operational");
            }
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(response, "printer status", ct);
            }
            return OctoPrintStates.MapPrinter(await ReadAsync<OctoPrinterResponse>(response, ct));
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.Unreachable)
        {
            return new PrinterStatus(PrinterState.Offline, null, null, e.Message);
        }
    }

    public async Task<PrintJobStatus> GetJobAsync(PrinterEndpoint printer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(printer);
        var job = await GetJsonAsync<OctoJobResponse>(printer, "api/job", ct);
        var name = job.Job?.File?.Name;
        bool? lastSucceeded = null;
        if (name is not null && job.Progress?.Completion is null && !OctoPrintStates.IsRunning(job.State) && !OctoPrintStates.IsError(job.State))
        {
            lastSucceeded = await LastPrintSucceededAsync(printer, job.Job?.File?.Path ?? name, ct);
        }
        return OctoPrintStates.MapJob(job, lastSucceeded);
    }

    public async Task CancelAsync(PrinterEndpoint printer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(printer);
        using var request = Request(printer, HttpMethod.Post, "api/job", JsonContent.Create(new OctoCommand("cancel", null), options: OctoJson.Options));
        using var response = await SendAsync(QueryClient, request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, "cancel", ct);
        }
    }

    private async Task<bool?> LastPrintSucceededAsync(PrinterEndpoint printer, string path, CancellationToken ct)
    {
        using var request = Request(printer, HttpMethod.Get, "api/files/local/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), null);
        using var response = await SendAsync(QueryClient, request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null; // deleted since: nothing says how its last print ended
        }
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, "file history", ct);
        }
        return (await ReadAsync<OctoFileInfo>(response, ct)).Prints?.Last?.Success;
    }

    private async Task<T> GetJsonAsync<T>(PrinterEndpoint printer, string path, CancellationToken ct)
    {
        using var request = Request(printer, HttpMethod.Get, path, null);
        using var response = await SendAsync(QueryClient, request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, path, ct);
        }
        return await ReadAsync<T>(response, ct);
    }

    private static HttpRequestMessage Request(PrinterEndpoint printer, HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, OctoPrintUris.Resolve(printer.BaseUrl, path)) { Content = content };
        if (!string.IsNullOrEmpty(printer.ApiKey))
        {
            request.Headers.Add("X-Api-Key", printer.ApiKey);
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(string clientName, HttpRequestMessage request, CancellationToken ct)
    {
        var client = clients.CreateClient(clientName);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new PrinterException(PrinterFailure.Unreachable, $"{request.RequestUri?.GetLeftPart(UriPartial.Authority)} does not answer: {e.Message}", e);
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new PrinterException(PrinterFailure.Unreachable, $"{request.RequestUri?.GetLeftPart(UriPartial.Authority)} timed out.", e);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(OctoJson.Options, ct)
                ?? throw new PrinterException(PrinterFailure.Protocol, $"OctoPrint answered {response.RequestMessage?.RequestUri?.AbsolutePath} with null.");
        }
        catch (JsonException e)
        {
            throw new PrinterException(PrinterFailure.Protocol, $"OctoPrint's answer to {response.RequestMessage?.RequestUri?.AbsolutePath} is not the expected JSON: {e.Message}", e);
        }
    }

    private static async Task<PrinterException> FailureAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var body = await OctoPrintUris.ReadTextAsync(response, ct);
        var status = (int)response.StatusCode;
        var failure = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => PrinterFailure.Unauthorized,
            HttpStatusCode.Conflict => PrinterFailure.Busy,
            HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.UnsupportedMediaType
                or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity => PrinterFailure.Rejected,
            // A reverse proxy in front of a dead OctoPrint answers 502/503/504.
            _ when status >= 500 => PrinterFailure.Unreachable,
            _ => PrinterFailure.Protocol,
        };
        return new PrinterException(failure, $"OctoPrint refused the {what}: {status} {response.ReasonPhrase}{(body.Length > 0 ? ": " + body : "")}");
    }
}

using Amsp.Integration.Printers.OctoPrint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>POST /api/files/local as OctoPrint answers it: multipart <c>file</c>, <c>select</c>, <c>print</c>; 201 with the stored file.</summary>
internal static class VirtualPrinterUpload
{
    /// <summary>Multipart boundaries, headers and the small form fields around the file.</summary>
    private const long FormOverheadBytes = 64 << 10;
    private const int MaxFieldBytes = 4 << 10;

    private const string Refused = "Upload refused: the printer is busy (simulated fault)";

    private static readonly string[] GcodeExtensions = [".gcode", ".gco", ".g"];

    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var printer = (VirtualPrinter)http.Items["amsp.virtual-printer"]!;
        var maxBytes = http.RequestServices.GetRequiredService<VirtualPrinterFarm>().MaxUploadBytes;
        if (printer.RefusesUploads)
        {
            return Text(Refused, StatusCodes.Status409Conflict);
        }
        // The limit holds before anything is read: by the declared length, then by what the server will accept at all.
        if (request.ContentLength > maxBytes + FormOverheadBytes)
        {
            return Text($"File too large: the limit is {maxBytes} bytes", StatusCodes.Status413PayloadTooLarge);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = maxBytes + FormOverheadBytes;
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Text("No file included", StatusCodes.Status400BadRequest);
        }

        StoredGcode? gcode = null;
        var print = false;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes + FormOverheadBytes };
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (field == "file" && disposition.IsFileDisposition() && gcode is null)
                {
                    var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "");
                    if (!GcodeExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    {
                        return Text($"Could not upload the file \"{name}\", invalid type", StatusCodes.Status415UnsupportedMediaType);
                    }
                    gcode = await StoredGcode.WriteAsync(name, section.Body, maxBytes, http.RequestAborted);
                }
                else if (field is "print" or "select")
                {
                    var value = await ReadFieldAsync(section.Body, http.RequestAborted);
                    print |= field == "print" && value.Trim() is "true" or "yes" or "1";
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            gcode?.Dispose();
            return Text(e.Message, StatusCodes.Status413PayloadTooLarge);
        }
        if (gcode is null)
        {
            return Text("No file included", StatusCodes.Status400BadRequest);
        }

        var stored = (gcode.Name, gcode.Size);
        var outcome = printer.Accept(gcode, print);
        if (outcome is VirtualPrinter.UploadOutcome.Refused or VirtualPrinter.UploadOutcome.Conflict)
        {
            return Text(outcome == VirtualPrinter.UploadOutcome.Refused ? Refused : "Trying to overwrite file that is currently being printed",
                StatusCodes.Status409Conflict);
        }
        var started = outcome == VirtualPrinter.UploadOutcome.Started;
        var resource = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}/{Uri.EscapeDataString(stored.Name)}";
        var body = new OctoUploadResponse(
            new OctoUploadedFiles(new OctoUploadedFile(stored.Name, stored.Name, "machinecode", "local", new OctoFileRefs(resource, null))),
            Done: true, EffectiveSelect: started, EffectivePrint: started);
        return new LocatedResult(Results.Json(body, OctoJson.Options, statusCode: StatusCodes.Status201Created), resource);
    }

    private static IResult Text(string text, int status) => Results.Text(text, statusCode: status);

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }
        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>A result with a Location header, as OctoPrint's 201 carries.</summary>
    private sealed class LocatedResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}

using System.Text.Json;
using Amsp.Integration.Printers.OctoPrint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>
/// OctoPrint's REST API for each printer of the <see cref="VirtualPrinterFarm"/> under {prefix}/{name}/, and the
/// development-only fault switches under {prefix}/{name}/admin/faults (same API key). Error answers mimic OctoPrint's
/// (plain text); the admin endpoints answer RFC 7807 problem details.
/// </summary>
public static class VirtualPrinterEndpoints
{
    private const string PrinterItem = "amsp.virtual-printer";

    public static IEndpointRouteBuilder MapVirtualPrinters(this IEndpointRouteBuilder app, string prefix = "/virtual-printers")
    {
        ArgumentNullException.ThrowIfNull(app);
        var printer = app.MapGroup(prefix.TrimEnd('/') + "/{name}").ExcludeFromDescription();

        var api = printer.MapGroup("/api").AddEndpointFilter((context, next) => Guard(context, next, api: true));
        api.MapGet("/version", () => Json(new OctoVersion("0.1", "1.10.3", "OctoPrint 1.10.3 (AMSP virtual printer)")));
        api.MapPost("/files/local", (Delegate)VirtualPrinterUpload.HandleAsync);
        api.MapGet("/files/local/{**path}", (HttpContext http, string path) =>
            Of(http).FileInfo(path) is { } info ? Json(info) : Results.Text("File not found", statusCode: StatusCodes.Status404NotFound));
        api.MapGet("/job", (HttpContext http) => Json(Of(http).Job()));
        api.MapPost("/job", (Delegate)JobCommandAsync);
        api.MapGet("/printer", (HttpContext http) =>
            Of(http).Printer() is { } state ? Json(state) : Results.Text("Printer is not operational", statusCode: StatusCodes.Status409Conflict));

        var admin = printer.MapGroup("/admin").AddEndpointFilter((context, next) => Guard(context, next, api: false));
        admin.MapGet("/faults", (HttpContext http) => Results.Json(Of(http).State, Admin));
        admin.MapPost("/faults", (Delegate)SetFaultsAsync);
        return app;
    }

    private static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web);

    private static IResult Json<T>(T body) => Results.Json(body, OctoJson.Options);

    private static VirtualPrinter Of(HttpContext http) => (VirtualPrinter)http.Items[PrinterItem]!;

    /// <summary>Finds the printer, then answers as its OctoPrint would: 503 while "offline" (API only), 403 without its key.</summary>
    private static async ValueTask<object?> Guard(EndpointFilterInvocationContext context, EndpointFilterDelegate next, bool api)
    {
        var http = context.HttpContext;
        var farm = http.RequestServices.GetRequiredService<VirtualPrinterFarm>();
        if (farm.Find(http.GetRouteValue("name") as string) is not { } printer)
        {
            return Results.NotFound();
        }
        if (api && printer.IsOffline)
        {
            // What OctoPi's haproxy answers while OctoPrint itself is down.
            return Results.Content("<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>",
                "text/html", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (!printer.IsAuthorized(ApiKey(http.Request)))
        {
            return api
                ? Results.Text("Forbidden: a valid API key is required", statusCode: StatusCodes.Status403Forbidden)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A valid API key is required.");
        }
        http.Items[PrinterItem] = printer;
        return await next(context);
    }

    /// <summary>X-Api-Key, or Authorization: Bearer, as OctoPrint reads them.</summary>
    private static string? ApiKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count == 1)
        {
            return key[0];
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static async Task<IResult> JobCommandAsync(HttpContext http)
    {
        var command = await ReadJsonAsync<OctoCommand>(http);
        var printer = Of(http);
        if (printer.Printer() is null)
        {
            return Results.Text("Printer is not operational", statusCode: StatusCodes.Status409Conflict);
        }
        return command?.Command switch
        {
            "cancel" => printer.Cancel() ? Results.NoContent() : Results.Text("No active print job", statusCode: StatusCodes.Status409Conflict),
            "start" or "restart" or "pause" => Results.Text($"The virtual printer does not support '{command.Command}'", statusCode: StatusCodes.Status400BadRequest),
            _ => Results.Text("Expected a JSON body with command: start, cancel, restart or pause", statusCode: StatusCodes.Status400BadRequest),
        };
    }

    private static async Task<IResult> SetFaultsAsync(HttpContext http)
    {
        var faults = await ReadJsonAsync<VirtualPrinterFaults>(http);
        if (faults is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Expected a JSON object such as {\"failAtPercent\":50}, {\"offline\":true}, {\"refuseUploads\":true} or {\"reset\":true}.");
        }
        try
        {
            Of(http).SetFaults(faults);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid fault.", detail: e.Message);
        }
        return Results.Json(Of(http).State, Admin);
    }

    /// <summary>A small JSON body, or null when it is missing or not that JSON.</summary>
    private static async Task<T?> ReadJsonAsync<T>(HttpContext http) where T : class
    {
        const long MaxCommandBytes = 16 << 10;
        if (http.Request.ContentLength is > MaxCommandBytes || !http.Request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            // Read at most one byte past the limit, whatever the client claimed (chunked bodies have no length).
            var buffer = new byte[MaxCommandBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), http.RequestAborted)) > 0)
            {
                length += read;
            }
            return length > MaxCommandBytes ? null : JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), Admin);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

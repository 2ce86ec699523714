using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Amsp.Host.Studio;

/// <summary>
/// Serves the browser app (<c>Amsp.Studio</c>, which the build puts into <c>wwwroot/studio</c> beside the executable)
/// at <c>/studio/</c>: hashed assets cached for good, <c>index.html</c> revalidated on every load so a new build
/// shows at once, and every other path below <c>/studio/</c> answered with <c>index.html</c> (the app's own routes).
/// The files are public; everything they show comes from the API, which authorizes each call.
/// </summary>
public static partial class StudioHosting
{
    public const string BasePath = "/studio";

    /// <summary>Vite names what it emits under <c>assets/</c> by content hash: a changed file gets a new name.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Scripts and styles only from the app itself; inline styles for the canvas and the code editor.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "studio");

    /// <summary>
    /// One endpoint for the whole app (files and pages): an endpoint, not the static file middleware, because routing
    /// runs first and the static file middleware steps aside for any request a route matched.
    /// </summary>
    public static WebApplication MapAmspStudio(this WebApplication app)
    {
        var index = Path.Combine(Root, "index.html");
        if (!File.Exists(index))
        {
            NotBuilt(app.Logger, Root);
            app.MapGet(BasePath + "/{**path}", () => Results.Problem("The browser app was not built into this installation.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found")).AllowAnonymous().ExcludeFromDescription();
            return app;
        }
        var files = new PhysicalFileProvider(Root);
        app.MapGet(BasePath + "/{**path}", (HttpContext context, string? path) =>
        {
            // Routing ignores a trailing slash, so /studio lands here too: send it to /studio/, where relative URLs work.
            if (context.Request.Path.Value is BasePath)
            {
                return Results.Redirect(BasePath + "/" + context.Request.QueryString);
            }
            return Path.HasExtension(path) ? ServeFile(context, files, path!) : ServeIndex(context, index);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult ServeFile(HttpContext context, PhysicalFileProvider files, string path)
    {
        // The provider refuses paths that leave its root (.., absolute paths).
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            // A missing file (an old asset name, a typo) is a 404, not the page: a script tag must not receive HTML.
            return Results.Problem($"No file '{path}' in the browser app.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        context.Response.Headers.CacheControl = path.StartsWith("assets/", StringComparison.Ordinal) ? Immutable : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return Results.File(file.PhysicalPath, type, lastModified: file.LastModified);
    }

    private static IResult ServeIndex(HttpContext context, string index)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers[HeaderNames.XFrameOptions] = "DENY";
        return Results.File(index, "text/html; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(index));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The browser app is not in {Folder}: /studio answers 404. Build Amsp.Host with Node.js and npm installed")]
    private static partial void NotBuilt(ILogger logger, string folder);
}

using System.Net;
using Amsp.Host.Hosting;

namespace Amsp.Host.Start;

/// <summary>
/// <c>/</c>: a browser goes to the app at <c>/studio/</c> once its files are in the web root (the app then opens the
/// start page of the signed-in person's role), and until then gets a small page with the banner's links and a
/// sign-in form. Anything else (curl, an API client) gets a JSON pointer to the API's documents instead of a 401.
/// </summary>
public static class StartPage
{
    /// <summary>The file whose presence in the web root means the app is built into this host.</summary>
    public const string AppEntry = "studio/index.html";

    public const string AppPath = "/studio/";

    private static readonly Lazy<string> Html = new(() => Render(development: false));

    private static readonly Lazy<string> DevelopmentHtml = new(() => Render(development: true));

    public sealed record Home(string Name, string Version, string? Commit, string SignIn, IReadOnlyDictionary<string, string> Links);

    public static RouteHandlerBuilder MapStartPage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/", Answer).AllowAnonymous().ExcludeFromDescription();

    private static IResult Answer(HttpContext http, IWebHostEnvironment environment)
    {
        if (!WantsHtml(http.Request))
        {
            return TypedResults.Ok(new Home("AMSP", ProductVersion.Version, ProductVersion.Commit, "POST /api/auth/login",
                StartLinks.All.ToDictionary(l => l.Key, l => l.Path)));
        }
        // Whether the app is there can change while the host runs (a rebuild), so neither answer is cached.
        http.Response.Headers.CacheControl = "no-cache";
        return environment.WebRootFileProvider.GetFileInfo(AppEntry).Exists
            ? TypedResults.Redirect(AppPath)
            : TypedResults.Content((environment.IsDevelopment() ? DevelopmentHtml : Html).Value, "text/html; charset=utf-8");
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    private static string Render(bool development)
    {
        using var stream = typeof(StartPage).Assembly.GetManifestResourceStream("Amsp.Host.Start.start.html")
            ?? throw new InvalidOperationException("The start page is missing from the build.");
        using var reader = new StreamReader(stream);
        var links = StartLinks.All.Where(l => l.Path != "/")
            .Select(l => $"      <li><a href=\"{l.Path}\">{WebUtility.HtmlEncode(l.Title)}</a> <code>{l.Path}</code></li>");
        var version = ProductVersion.Commit is { } commit ? $"{ProductVersion.Version} · commit {commit[..Math.Min(12, commit.Length)]}" : ProductVersion.Version;
        var hint = development ? "<p class=\"muted\">Development: the console's start banner lists a demo account for each role.</p>" : "";
        return reader.ReadToEnd()
            .Replace("{{version}}", WebUtility.HtmlEncode(version), StringComparison.Ordinal)
            .Replace("{{hint}}", hint, StringComparison.Ordinal)
            .Replace("{{links}}", string.Join('\n', links), StringComparison.Ordinal);
    }
}

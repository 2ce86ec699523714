namespace Amsp.Host.Hosting;

/// <summary>Where a newcomer goes next: one list for the console banner, the start page and the answer of <c>/</c>.</summary>
public static class StartLinks
{
    public sealed record Link(string Key, string Title, string Path);

    public static IReadOnlyList<Link> All { get; } =
    [
        new("app", "The app", "/"),
        new("apiReference", "API reference", "/api-docs"),
        new("openApi", "OpenAPI document", "/openapi/v1.json"),
        new("health", "Health", "/health/ready"),
    ];
}

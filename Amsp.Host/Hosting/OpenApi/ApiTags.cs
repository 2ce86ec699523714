namespace Amsp.Host.Hosting.OpenApi;

/// <summary>
/// Every tag an endpoint may carry (<c>.WithTags(...)</c>), with the description the OpenAPI document gives it. A new
/// API adds its tag here; a tag missing from this list fails the OpenAPI tests and the CI lint.
/// </summary>
public static class ApiTags
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "Sign-in for people (a cookie) and API clients (a bearer token and its refresh token), and the signed-in user.",
        ["Workflow definitions"] =
            "Versioned workflow definitions: drafts, publishing, retraction, import and export, validation, and the activity palette.",
        ["Workflow instances"] =
            "Running workflows: start, list, inspect, cancel, retry and delete instances; deliver stimuli and resume bookmarks.",
        ["Workflow HTTP triggers"] = "Routes under /workflows/ served by the HttpEndpoint activities of published workflows.",
    };
}

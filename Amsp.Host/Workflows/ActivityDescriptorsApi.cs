using Amsp.Workflows.Descriptors;

namespace Amsp.Host.Workflows;

/// <summary><c>/api/activity-descriptors</c>: the designer's palette, from the activity classes themselves.</summary>
public static class ActivityDescriptorsApi
{
    public sealed record Category(string Name, IReadOnlyList<ActivityDescriptor> Activities);

    public static RouteHandlerBuilder MapActivityDescriptorsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/activity-descriptors", (ActivityRegistry registry) => TypedResults.Ok(Palette(registry)))
            .WithTags("Workflow definitions").WithSummary("Every activity type, grouped by category")
            .RequireAuthorization(WorkflowPolicies.Design);

    private static List<Category> Palette(ActivityRegistry registry) => registry.All
        .GroupBy(d => d.Category, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new Category(g.Key, [.. g.OrderBy(d => d.DisplayName, StringComparer.Ordinal).ThenBy(d => d.Version)]))
        .ToList();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Amsp.Host.Hosting.OpenApi;

/// <summary>
/// Every operation gets an operationId, the name generated clients give the method: the endpoint's name when it has
/// one (<c>.WithName(...)</c>), otherwise one derived from its method and route, so it changes only when they do:
/// <c>GET /api/workflow-definitions/{definitionId}/versions</c> is <c>getWorkflowDefinitionsByDefinitionIdVersions</c>.
/// </summary>
internal sealed partial class OperationIds : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(operation.OperationId))
        {
            operation.OperationId = Derive(context.Description.HttpMethod ?? "get", context.Description.RelativePath ?? "");
        }
        return Task.CompletedTask;
    }

    /// <summary>Two routes may still derive one id (<c>/a-b</c> and <c>/a/b</c>): the document refuses to be ambiguous.</summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var clash = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => (Id: op.Value.OperationId, Where: $"{op.Key.Method} {path.Key}")))
            .GroupBy(o => o.Id, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        return clash is null ? Task.CompletedTask : throw new InvalidOperationException(
            $"operationId '{clash.Key}' is derived for {string.Join(" and ", clash.Select(o => o.Where))}; name one endpoint with .WithName(...).");
    }

    public static string Derive(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        var segments = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            if (index == 0 && segment.Equals("api", StringComparison.OrdinalIgnoreCase) && segments.Length > 1)
            {
                continue;
            }
            id.Append(Parameter().Match(segment) is { Success: true } parameter ? "By" + Pascal(parameter.Groups["name"].Value) : Pascal(segment));
        }
        return id.ToString();
    }

    private static string Pascal(string text) => string.Concat(
        Words().Matches(text).Select(w => char.ToUpper(w.Value[0], CultureInfo.InvariantCulture) + w.Value[1..]));

    // {name}, {name:int}, {name?}, {*name} and {**name}: the name only.
    [GeneratedRegex(@"^\{\**(?<name>[^}:=?]+)[^}]*\}$")]
    private static partial Regex Parameter();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Words();
}

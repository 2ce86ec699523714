using System.Text.RegularExpressions;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;

namespace Amsp.Host.Workflows.Http;

/// <summary>Refuses, before publishing, an HTTP endpoint the host could not serve.</summary>
internal sealed partial class HttpEndpointRule : IWorkflowValidationRule
{
    private static readonly HashSet<string> Known = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public IEnumerable<ValidationError> Validate(WorkflowDefinition definition)
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in definition.Root.Activities.Where(a => a.Type == "HttpEndpoint"))
        {
            var (path, route) = HttpRoutes.Read(new WorkflowDefinition { DefinitionId = definition.DefinitionId, Root = new Flowchart { Activities = [node] } }).Single();
            if (!RouteShape().IsMatch(path))
            {
                yield return new("InvalidRoute", $"'{path}' is not a route: letters, digits, '-', '_', '.' and '/' between segments.", node.Id, "Path");
            }
            else if (!paths.Add(path))
            {
                yield return new("DuplicateRoute", $"Route '{path}' is served by two endpoints of this flowchart.", node.Id, "Path");
            }
            foreach (var method in route.Methods.Where(m => !Known.Contains(m)))
            {
                yield return new("UnknownMethod", $"'{method}' is not one of {string.Join(", ", Known)}.", node.Id, "Methods");
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-]+)*$")]
    private static partial Regex RouteShape();
}

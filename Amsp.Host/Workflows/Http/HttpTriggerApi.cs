using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Host.Hosting;
using Amsp.Workflows.Options;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows.Http;

/// <summary><c>/workflows/{path}</c>: the routes of the published HttpEndpoint triggers.</summary>
public static class HttpTriggerApi
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "X-Api-Key" };

    public static RouteHandlerBuilder MapHttpTriggers(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/workflows/{**path}", ["GET", "POST", "PUT", "PATCH", "DELETE"], HandleAsync)
            .WithTags("Workflow HTTP triggers")
            .WithSummary("Starts the workflow whose published HttpEndpoint serves this route")
            // Each route decides: an endpoint that allows anonymous callers lets them in, the others need a user.
            .AllowAnonymous();

    private static async Task<IResult> HandleAsync(
        HttpContext http, string path, HttpRoutes routes, WorkflowRuntime runtime, IOptions<WorkflowEngineOptions> options, CancellationToken ct)
    {
        var route = routes.Find(path) ?? throw ApiProblemException.NotFound($"No published workflow serves /workflows/{HttpRoutes.Normalize(path)}.");
        if (!route.Methods.Contains(http.Request.Method))
        {
            throw new ApiProblemException(StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"/workflows/{HttpRoutes.Normalize(path)} answers {string.Join(", ", route.Methods)}.");
        }
        if (!route.AllowAnonymous && http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Unauthorized();
        }

        var response = new HttpWorkflowResponse();
        HttpWorkflowResponse.Current = response;
        var result = await runtime.StartVersionAsync(route.VersionId, new StartWorkflowOptions
        {
            TriggerActivityId = route.ActivityId,
            CorrelationId = http.Request.Headers["X-Correlation-Id"] is { Count: > 0 } correlation ? correlation.ToString() : null,
            Input = new JsonObject { ["request"] = await DescribeAsync(http.Request, options.Value.Limits.MaxPayloadBytes, ct) },
        }, ct);
        HttpWorkflowResponse.Current = null;
        return response.Written
            ? Results.Json(response.Body, statusCode: response.StatusCode)
            : Results.Json(new { instanceId = result.InstanceId, status = result.Status.ToString() }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>The request as the workflow's input; a body is read whole, and one above <paramref name="maxBodyBytes"/> refused before reading.</summary>
    private static async Task<JsonObject> DescribeAsync(HttpRequest request, int maxBodyBytes, CancellationToken ct)
    {
        var description = new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = request.Path.Value,
            ["query"] = new JsonObject(request.Query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)JsonValue.Create(q.Value.ToString())))),
            ["headers"] = new JsonObject(request.Headers.Where(h => !Hidden.Contains(h.Key))
                .Select(h => KeyValuePair.Create(h.Key, (JsonNode?)JsonValue.Create(h.Value.ToString())))),
        };
        var body = await RequestBody.ReadAsync(request, maxBodyBytes,
            () => new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"A workflow takes at most {maxBodyBytes:N0} bytes."), ct);
        if (body.Length == 0)
        {
            return description;
        }
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                description["body"] = JsonNode.Parse(body.Span);
            }
            catch (JsonException e)
            {
                throw ApiProblemException.BadRequest($"The body is not JSON: {e.Message}");
            }
        }
        else
        {
            description["body"] = System.Text.Encoding.UTF8.GetString(body.Span);
        }
        return description;
    }
}

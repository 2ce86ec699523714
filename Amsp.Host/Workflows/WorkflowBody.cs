using System.Text.Json;
using Amsp.Host.Hosting;
using Amsp.Workflows.Model;

namespace Amsp.Host.Workflows;

/// <summary>Reads and writes definitions in the engine's canonical JSON, which keeps properties it does not know.</summary>
internal static class WorkflowBody
{
    /// <summary>Definitions are small; a body larger than this is refused before it is read.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static async Task<WorkflowDefinition> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonRequest.ReadAsync(request, MaxBytes, "The definition", cancellationToken);
        if (body.IsEmpty) throw NotADefinition("The request has no body: send the definition as JSON.");
        try
        {
            return JsonSerializer.Deserialize<WorkflowDefinition>(body.Span, WorkflowJson.Options)
                ?? throw NotADefinition("The body is JSON null, not a workflow definition.");
        }
        catch (JsonException e)
        {
            throw NotADefinition(e.Message);
        }
    }

    private static ApiProblemException NotADefinition(string detail) =>
        new(StatusCodes.Status400BadRequest, "The request body is not a workflow definition", detail);

    /// <summary>The definition as the answer, with its ETag (what a later save sends back in If-Match).</summary>
    public static IResult Write(WorkflowDefinition definition, int status = StatusCodes.Status200OK)
    {
        var json = WorkflowJson.Serialize(definition);
        var text = Results.Text(json, "application/json", statusCode: status);
        return new Tagged(text, DefinitionETags.OfJson(json));
    }

    private sealed class Tagged(IResult inner, string etag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = etag;
            return inner.ExecuteAsync(httpContext);
        }
    }
}

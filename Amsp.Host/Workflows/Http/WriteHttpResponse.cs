using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;

namespace Amsp.Host.Workflows.Http;

/// <summary>
/// Answers the HTTP caller that started this instance through an <see cref="HttpEndpoint"/>. Outside such a
/// request (after a resume, or a start by other means) there is nobody to answer and it only logs.
/// </summary>
[Activity("WriteHttpResponse", Category = "HTTP", DisplayName = "Write HTTP response",
    Description = "Answers the caller of the HTTP endpoint that started the workflow.")]
public sealed class WriteHttpResponse : Activity
{
    /// <summary>The status code. Default 200.</summary>
    [Input(DefaultJson = "200", Description = "HTTP status code.")]
    public int StatusCode { get; set; } = 200;

    /// <summary>The body, written as JSON.</summary>
    [Input(Description = "The body (any JSON value).")]
    public JsonNode? Body { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpWorkflowResponse.Current is { } response)
        {
            response.StatusCode = StatusCode;
            response.Body = Body?.DeepClone();
            response.Written = true;
        }
        else
        {
            context.Log("No HTTP caller is waiting on this instance; the response was not sent.");
        }
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

/// <summary>The answer an instance gives the request that started it, carried along the request's async flow.</summary>
public sealed class HttpWorkflowResponse
{
    private static readonly AsyncLocal<HttpWorkflowResponse?> Slot = new();

    public static HttpWorkflowResponse? Current
    {
        get => Slot.Value;
        set => Slot.Value = value;
    }

    public bool Written { get; set; }

    public int StatusCode { get; set; } = 200;

    public JsonNode? Body { get; set; }
}

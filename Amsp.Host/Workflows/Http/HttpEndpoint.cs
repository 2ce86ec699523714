using Amsp.Workflows.Activities;

namespace Amsp.Host.Workflows.Http;

/// <summary>
/// Starts an instance of the published version for each HTTP request to <c>/workflows/{Path}</c>. The request
/// (method, path, query, headers without credentials, body) is the instance's input under <c>request</c>; a
/// <see cref="WriteHttpResponse"/> before the instance first suspends or finishes answers the caller, otherwise
/// the caller gets 202 with the instance id. An <c>X-Correlation-Id</c> header becomes the instance's correlation id.
/// </summary>
[Activity("HttpEndpoint", Category = "HTTP", Kind = ActivityKind.Trigger, DisplayName = "HTTP endpoint",
    Description = "Starts the workflow when /workflows/{path} is called.")]
public sealed class HttpEndpoint : Activity
{
    /// <summary>The route below <c>/workflows/</c>, e.g. <c>design-reviews</c>.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], Description = "Route below /workflows/, e.g. 'design-reviews'.")]
    public string Path { get; set; } = "";

    /// <summary>The HTTP methods it answers. Default POST.</summary>
    [Input(Syntaxes = ["Literal"], UIHint = "string-list", DefaultJson = "[\"POST\"]", Description = "HTTP methods, e.g. [\"POST\"].")]
    public string[] Methods { get; set; } = ["POST"];

    /// <summary>Whether callers need not sign in. Default false: a signed-in user of any role.</summary>
    [Input(Syntaxes = ["Literal"], DefaultJson = "false", Description = "Let anonymous callers in (webhooks from outside).")]
    public bool AllowAnonymous { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

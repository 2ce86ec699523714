using System.Text.Json.Nodes;

namespace Amsp.Workflows.Activities;

/// <summary>Suspends until a stimulus with the signal name (and correlation id) arrives.</summary>
[Activity("WaitForSignal", Category = "Signals", Kind = ActivityKind.Blocking, Description = "Waits for a named signal, e.g. a customer approval.")]
public sealed class WaitForSignal : Activity
{
    /// <summary>Signal name.</summary>
    [Input(Required = true, Description = "The signal name.")]
    public string Signal { get; set; } = "";

    /// <summary>Correlation id the signal must carry; default the instance's correlation id.</summary>
    [Input(Description = "Correlation id the signal must carry; default: the instance's correlation id.")]
    public string? CorrelationId { get; set; }

    /// <summary>Roles whose members may deliver the signal (hosting's operators always may).</summary>
    [Input(Syntaxes = ["Literal"], UIHint = "string-list", Description = "Roles that may deliver the signal, e.g. [\"QualityInspector\"]; operators always may.")]
    public string[]? Roles { get; set; }

    /// <summary>The signal's payload.</summary>
    [Output(Description = "The payload the signal carried.")]
    public JsonObject? Payload { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(Signal, CorrelationId ?? context.CorrelationId, Roles: Roles)));

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        Payload = context.ResumePayload;
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

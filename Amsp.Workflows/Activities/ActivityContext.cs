using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Runtime;

namespace Amsp.Workflows.Activities;

/// <summary>What an executing activity can see and do.</summary>
public sealed class ActivityContext
{
    private readonly ExecutionSession _session;
    private readonly WorkItem _item;

    internal ActivityContext(WorkflowRuntime runtime, ExecutionSession session, WorkItem item, string activityType, CancellationToken cancellationToken)
    {
        Runtime = runtime;
        _session = session;
        _item = item;
        ActivityType = activityType;
        CancellationToken = cancellationToken;
        Scope = new ExpressionScope(session.State.Variables, session.State.Input, session.State.Outputs)
        {
            MaxVariableBytes = runtime.Limits.MaxVariableBytes,
        };
    }

    internal WorkflowRuntime Runtime { get; }

    internal ExecutionSession Session => _session;

    internal WorkItem Item => _item;

    internal ExpressionScope Scope { get; }

    /// <summary>Instance id.</summary>
    public string InstanceId => _session.Instance.Id;

    /// <summary>Correlation id of the instance.</summary>
    public string? CorrelationId => _session.Instance.CorrelationId;

    /// <summary>Activity id within the flowchart.</summary>
    public string ActivityId => _item.ActivityId;

    /// <summary>Activity type name.</summary>
    public string ActivityType { get; }

    /// <summary>
    /// Stable id of this execution, the same across retries, resumption and re-runs after a crash:
    /// activities with side effects use it as their idempotency key.
    /// </summary>
    public string ExecutionId => _item.ExecutionId;

    /// <summary>Attempt number, from 1.</summary>
    public int Attempt => _item.Attempt;

    /// <summary>Whether the activity is being resumed from a bookmark.</summary>
    public bool IsResuming => _item.Resume;

    /// <summary>Payload of the stimulus that resumed the activity.</summary>
    public JsonObject? ResumePayload => _item.ResumePayload;

    /// <summary>The engine's clock.</summary>
    public TimeProvider Clock => Runtime.Clock;

    /// <summary>Cancelled when the host stops; an activity that observes it aborts the run without a commit.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Workflow input.</summary>
    public JsonObject WorkflowInput => _session.State.Input;

    /// <summary>Private state of this activity, persisted with the instance.</summary>
    public JsonObject State
    {
        get
        {
            if (_session.State.ActivityState[ActivityId] is not JsonObject state)
            {
                _session.State.ActivityState[ActivityId] = state = [];
            }
            return state;
        }
    }

    /// <summary>A variable's value, or null.</summary>
    public JsonNode? GetVariable(string name) => _session.State.Variables.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>Sets a variable (the value is copied).</summary>
    /// <exception cref="WorkflowLimitExceededException">The value is larger than <c>Limits.MaxVariableBytes</c>.</exception>
    public void SetVariable(string name, JsonNode? value)
    {
        CheckSize(value, $"Variable '{name}'");
        _session.State.Variables[name] = value?.DeepClone();
    }

    /// <summary>Sets an output of this activity, visible as <c>outputs.activityId.name</c>.</summary>
    /// <exception cref="WorkflowLimitExceededException">The value is larger than <c>Limits.MaxVariableBytes</c>.</exception>
    public void SetOutput(string name, JsonNode? value)
    {
        CheckSize(value, $"Output '{name}' of activity '{ActivityId}'");
        if (_session.State.Outputs[ActivityId] is not JsonObject outputs)
        {
            _session.State.Outputs[ActivityId] = outputs = [];
        }
        outputs[name] = value?.DeepClone();
    }

    /// <summary>The largest JSON a variable or an output may hold (<c>Limits.MaxVariableBytes</c>).</summary>
    internal int MaxVariableBytes => Runtime.Limits.MaxVariableBytes;

    private void CheckSize(JsonNode? value, string what)
    {
        var limit = MaxVariableBytes;
        if (value is null) return;
        // A primitive is measured only when it could be large: a number or a short string never is.
        if (value is JsonValue primitive && !(primitive.TryGetValue<string>(out var text) && text.Length * 3L + 2 > limit)) return;
        if (JsonSize.Measure(value, limit) > limit)
        {
            throw new WorkflowLimitExceededException(
                $"{what} would hold more than {MaxVariableBytes:N0} bytes of JSON, the limit (Limits.MaxVariableBytes).");
        }
    }

    /// <summary>Evaluates an expression in the instance's scope.</summary>
    public ValueTask<JsonNode?> EvaluateAsync(Expression expression) =>
        Runtime.Expressions.EvaluateAsync(expression, Scope, CancellationToken);

    /// <summary>Writes a line to the instance journal.</summary>
    public void Log(string message) => Runtime.Journal(_session, JournalEventType.Logged, _item, ActivityType, message: message);
}

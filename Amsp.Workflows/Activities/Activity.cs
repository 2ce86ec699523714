namespace Amsp.Workflows.Activities;

/// <summary>
/// Base class of all activities. A fresh object is created for each execution; properties marked
/// <see cref="InputAttribute"/> are set from the node's expressions, properties marked
/// <see cref="OutputAttribute"/> are read back afterwards.
/// </summary>
public abstract class Activity
{
    /// <summary>Runs the activity.</summary>
    /// <param name="context">The execution context (variables, outputs, bookmarks, idempotency key).</param>
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Continues a blocking activity after its bookmark was resumed. Default: outcome <c>Done</c>.</summary>
    /// <param name="context">The execution context; <see cref="ActivityContext.ResumePayload"/> holds the stimulus payload.</param>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}

using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>Fires one timer bookmark (a Delay, a deadline): resumes the instance waiting on it.</summary>
internal sealed class ResumeTimerJob(WorkflowRuntime runtime) : IJob
{
    public const string BookmarkKey = "bookmarkId";
    public const string InstanceKey = "instanceId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        if (!data.TryGetValue(BookmarkKey, out var value) || value is not string bookmarkId)
        {
            return;
        }
        // A bookmark that is gone (resumed by a signal first, or its instance cancelled) resumes nothing.
        var resumed = await runtime.ResumeBookmarkAsync(bookmarkId, cancellationToken: cancellationToken);
        if (resumed is null && context.Recovering && data.TryGetValue(InstanceKey, out var i) && i is string instanceId)
        {
            // The node that held this fire died after claiming the bookmark (a commit) and before the instance's next
            // commit: the instance is left Running, and is run on here rather than when that node restarts.
            await runtime.RecoverAsync(instanceId, cancellationToken);
        }
    }
}

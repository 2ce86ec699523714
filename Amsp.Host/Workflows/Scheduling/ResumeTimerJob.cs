using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>Fires one timer bookmark (a Delay, a deadline): resumes the instance waiting on it.</summary>
internal sealed class ResumeTimerJob(WorkflowRuntime runtime) : IJob
{
    public const string BookmarkKey = "bookmarkId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.MergedJobDataMap.TryGetValue(BookmarkKey, out var value) && value is string bookmarkId)
        {
            // A bookmark that is gone (resumed by a signal first, or its instance cancelled) resumes nothing.
            await runtime.ResumeBookmarkAsync(bookmarkId, cancellationToken: cancellationToken);
        }
    }
}

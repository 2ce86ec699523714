using Amsp.Workflows.Runtime;
using Quartz;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>
/// Runs an instance the engine dispatched to the background (a child its starter had no budget left for, a long loop
/// that yielded at its budget). Quartz's thread pool bounds how many run at once; on a clustered store any node runs it.
/// </summary>
internal sealed class RunInstanceJob(WorkflowRuntime runtime) : IJob
{
    public const string InstanceKey = "instanceId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.MergedJobDataMap.TryGetValue(InstanceKey, out var value) && value is string instanceId)
        {
            // An instance that is no longer running (cancelled meanwhile, or run by recovery) is left as it is.
            await runtime.ContinueAsync(instanceId, cancellationToken);
        }
    }
}

using Amsp.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows.Scheduling;

/// <summary>
/// Once the host has started (and reports ready), runs on the instances a crash left Running, at most
/// <see cref="WorkflowRecoveryOptions.RecoveryPerSecond"/> a second, newest first. Stops with the host; the next start
/// takes up what is left.
/// </summary>
internal sealed partial class WorkflowBackgroundRecovery(
    WorkflowRuntime runtime, IHostApplicationLifetime lifetime, IOptions<WorkflowRecoveryOptions> options, ILogger<WorkflowBackgroundRecovery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }
        try
        {
            var recovered = await runtime.RecoverAsync(options.Value.RecoveryPerSecond, progress: null, stoppingToken);
            LogRecovered(logger, recovered);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the instances left stay Running and are recovered at the next start.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovered {Instances} interrupted workflow instance(s) in the background")]
    private static partial void LogRecovered(ILogger logger, int instances);
}

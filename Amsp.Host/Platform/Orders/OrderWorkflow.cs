using Amsp.Workflows.Runtime;
using System.Text.Json.Nodes;

namespace Amsp.Host.Platform.Orders;

/// <summary>
/// The order workflow as the API drives it: an order's instance is started (idempotently: its id derives from the
/// order) once the order is stored, and the customer's or a reviewer's decisions, recorded in the database first, are
/// then signalled to it. A signal that finds no bookmark because the instance is still running its last step waits for
/// that run to commit (the instance lock) and is sent again; the activities read the decision from the database, so a
/// signal that still finds nothing loses nothing.
/// </summary>
public sealed partial class OrderWorkflow(WorkflowRuntime runtime, IInstanceLockProvider locks, TimeProvider time, ILogger<OrderWorkflow> logger)
{
    /// <summary>The definition that carries orders (<c>workflows/order-to-delivery.json</c>).</summary>
    public const string DefinitionId = "order-to-delivery";

    public static string InstanceIdOf(Guid orderId) => $"order-{orderId:N}";

    /// <summary>Starts the order's instance (idempotently: a second start finds the first) and runs it to its first wait.</summary>
    public async Task StartAsync(string instanceId, string number, Guid orderId, Guid organizationId, CancellationToken ct)
    {
        try
        {
            await runtime.StartAsync(DefinitionId, new StartWorkflowOptions
            {
                InstanceId = instanceId, CorrelationId = number,
                Input = new JsonObject { ["orderId"] = orderId.ToString(), ["orderNumber"] = number, ["organizationId"] = organizationId.ToString() },
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The order is stored; start-up recovery starts its instance again.
            LogStartFailed(logger, e, number);
            throw;
        }
    }

    /// <summary>Signals the order's instance at a bookmark of the platform's.</summary>
    public async Task SignalAsync(string instanceId, string number, string signal, string? discriminator, CancellationToken ct)
    {
        if (signal.Length == 0)
        {
            return;
        }
        var stimulus = new Stimulus(signal, number, discriminator is null ? null : JsonValue.Create(discriminator));
        if ((await runtime.TriggerAsync(stimulus, ct)).Resumed.Count > 0)
        {
            return;
        }
        await using (await locks.AcquireAsync(instanceId, ct))
        {
            // Held until the run in progress has committed: its bookmark is visible now, if it made one.
        }
        if ((await runtime.TriggerAsync(stimulus, ct)).Resumed.Count == 0)
        {
            // A first run takes no lock (nobody sees its instance before it commits): try again for a while in the
            // background, so a decision made in that short window is not left until the bookmark's timer.
            _ = RetryAsync(stimulus);
        }
    }

    private async Task RetryAsync(Stimulus stimulus)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), time);
            try
            {
                if ((await runtime.TriggerAsync(stimulus)).Resumed.Count > 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSignalFailed(logger, e, stimulus.Name, stimulus.CorrelationId);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signal {Signal} to order {Number} failed")]
    private static partial void LogSignalFailed(ILogger logger, Exception exception, string signal, string? number);

    [LoggerMessage(Level = LogLevel.Error, Message = "The workflow of order {Number} could not start; start-up recovery starts it again")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, string number);
}

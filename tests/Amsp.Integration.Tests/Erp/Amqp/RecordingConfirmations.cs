using Amsp.Integration.Erp;
using System.Collections.Concurrent;

namespace Amsp.Integration.Tests.Erp.Amqp;

/// <summary>
/// A confirmation service for transport tests: records each command and answers from a table of known orders
/// (unknown order → not found; a key seen before → duplicate), or throws while <see cref="FailuresLeft"/> is positive.
/// </summary>
public sealed class RecordingConfirmations(params string[] knownOrders) : IErpConfirmations
{
    private readonly ConcurrentDictionary<string, bool> seen = new();

    public ConcurrentQueue<ErpConfirmationCommand> Applied { get; } = new();

    public int FailuresLeft { get; set; }

    public int Calls { get; private set; }

    public TaskCompletionSource<ErpConfirmationCommand> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ErpConfirmationOutcome> ApplyAsync(ErpConfirmationCommand command, CancellationToken cancellationToken)
    {
        Calls++;
        if (FailuresLeft-- > 0)
        {
            throw new TimeoutException("The database did not answer (test).");
        }
        if (!knownOrders.Contains(command.OrderNumber))
        {
            return Task.FromResult(new ErpConfirmationOutcome(ErpConfirmationResult.NotFound, $"Order {command.OrderNumber} was not found."));
        }
        if (!seen.TryAdd(command.MessageId, true))
        {
            return Task.FromResult(new ErpConfirmationOutcome(ErpConfirmationResult.Duplicate, "Already applied."));
        }
        Applied.Enqueue(command);
        First.TrySetResult(command);
        return Task.FromResult(new ErpConfirmationOutcome(ErpConfirmationResult.Applied, "Applied."));
    }
}

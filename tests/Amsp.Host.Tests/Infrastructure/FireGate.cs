using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quartz;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>Where a node is stopped while it holds a fire: the moment a test kills it.</summary>
public enum HoldPoint
{
    /// <summary>Quartz has fired the trigger on the node; the job has not begun.</summary>
    Fired,

    /// <summary>The workflow ran and its commit's transaction has begun; nothing is written.</summary>
    BeforeCommit,

    /// <summary>The instance's rows are written in the open transaction, which is not committed.</summary>
    WhileCommitting,

    /// <summary>The transaction has committed; Quartz has not heard that the job is done.</summary>
    AfterCommit,
}

/// <summary>
/// Stops the first fire of any node that reaches <see cref="Point"/> and holds it there until the test has killed that
/// node; each node reports through its own <see cref="NodeGate"/>. What was held then fails, as code does when its process
/// is gone, so nothing of it runs on.
/// </summary>
public sealed class FireGate(HoldPoint point)
{
    private readonly TaskCompletionSource<string> _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _claimed;

    public HoldPoint Point { get; } = point;

    /// <summary>The name of the node holding the fire, once one does.</summary>
    public Task<string> Held => _held.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>Armed after the test's own setup, so only the fires under test are held.</summary>
    public bool Armed { get; set; }

    /// <summary>Lets the held code go on to fail (call once its node is killed).</summary>
    public void Release() => _released.TrySetResult();

    public NodeGate For(string node) => new(this, node);

    internal async Task PassAsync(HoldPoint reached, string node)
    {
        if (!Armed || reached != Point || Interlocked.Exchange(ref _claimed, 1) != 0) return;
        _held.TrySetResult(node);
        await _released.Task;
        throw new IOException($"Node {node} was killed while it held a fire ({reached}).");
    }
}

/// <summary>One node's view of a <see cref="FireGate"/>: its workflow transactions and its Quartz jobs.</summary>
public sealed class NodeGate(FireGate gate, string node) : DbTransactionInterceptor, IJobListener
{
    public string Name { get; } = $"gate-{node}";

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await gate.PassAsync(HoldPoint.BeforeCommit, node);
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await gate.PassAsync(HoldPoint.WhileCommitting, node);
        return result;
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await gate.PassAsync(HoldPoint.AfterCommit, node);
    }

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await gate.PassAsync(HoldPoint.Fired, node);

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}

using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// Base of the order activities: each runs on the order whose number is the instance's correlation id, in a scope of
/// its own (its own database context), and saves what it changed before it returns, so the engine commits only after
/// the work is stored. Every effect is keyed by the execution id: a re-run after a crash finds what it made.
/// </summary>
public abstract class OrderActivity(IServiceScopeFactory scopes) : Activity
{
    /// <summary>The actor recorded in the order's history for changes the workflow makes.</summary>
    public const string WorkflowActor = "workflow";

    public sealed override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var run = new OrderStep(context, scope.ServiceProvider);
        var order = await run.LoadOrderAsync();
        var result = await ExecuteAsync(run, order);
        await run.Db.SaveChangesAsync(context.CancellationToken);
        return result;
    }

    public sealed override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var run = new OrderStep(context, scope.ServiceProvider);
        var order = await run.LoadOrderAsync();
        var result = await ResumeAsync(run, order);
        await run.Db.SaveChangesAsync(context.CancellationToken);
        return result;
    }

    protected abstract ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order);

    protected virtual ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) => ValueTask.FromResult(ActivityResult.Done);
}

/// <summary>One execution of an order activity: its context, services and database.</summary>
public sealed class OrderStep(ActivityContext context, IServiceProvider services)
{
    public ActivityContext Context { get; } = context;

    public IServiceProvider Services { get; } = services;

    public AmspDbContext Db { get; } = services.GetRequiredService<AmspDbContext>();

    public CancellationToken CancellationToken => Context.CancellationToken;

    public DateTimeOffset Now => Context.Clock.GetUtcNow();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<Order> LoadOrderAsync() =>
        await Db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Number == Context.CorrelationId, CancellationToken)
        ?? throw new InvalidOperationException(
            $"No order has the number '{Context.CorrelationId}': the order activities run in an instance whose correlation id is an order number.");

    /// <summary>Moves the order, once per execution.</summary>
    public void ChangeStatus(Order order, OrderStatus to, string? reason) =>
        order.ChangeStatus(to, OrderActivity.WorkflowActor, reason, Now, Context.ExecutionId);
}

using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Orders;

/// <summary>
/// Once the host has started: an order stored whose workflow never started (the process stopped between the two, or
/// the start failed) has its instance started now. Starting is idempotent (the instance id derives from the order), so
/// an instance that did start is found, not started twice.
/// </summary>
internal sealed partial class OrderStartRecovery(IServiceScopeFactory scopes, OrderWorkflow workflow, IWorkflowInstanceStore instances,
    ILogger<OrderStartRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        List<Order> requested;
        await using (var scope = scopes.CreateAsyncScope())
        {
            requested = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Orders.AsNoTracking()
                .Where(o => o.Status == OrderStatus.Requested).ToListAsync(stoppingToken);
        }
        var started = 0;
        foreach (var order in requested)
        {
            if (await instances.FindAsync(order.InstanceId, stoppingToken) is not null)
            {
                continue;
            }
            try
            {
                await workflow.StartAsync(order.InstanceId, order.Number, order.Id, order.OrganizationId, stoppingToken);
                started++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, order.Number);
            }
        }
        if (started > 0)
        {
            LogStarted(logger, started);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started the workflow of {Count} order(s) stored without one")]
    private static partial void LogStarted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The workflow of order {Number} still does not start")]
    private static partial void LogFailed(ILogger logger, Exception exception, string number);
}

using System.Text.Json.Nodes;
using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// Waits for the ERP to confirm or reject a step of the order (over the inbound REST API, AMQP or an SFTP file), or for
/// the timeout. The confirmation is stored before the order is signalled, and read here: a signal that came twice or
/// found the instance busy loses nothing. On a rejection the ERP's reason becomes the order's reason (a following
/// "Set order status" records it); a confirmation that ends a hold puts the order back where it was.
/// </summary>
[Activity("WaitForErpConfirmation", Category = "Order", DisplayName = "Wait for the ERP's confirmation", Kind = ActivityKind.Blocking,
    Outcomes = ["Confirmed", "Rejected", "TimedOut"],
    Description = "Waits until the manufacturer's or customer's ERP confirms or rejects a step of the order (POST /api/erp/orders/{number}/confirmations, AMQP or SFTP), or the timeout passes.")]
public sealed class WaitForErpConfirmation(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark name the platform resumes; the order number correlates it and the step discriminates it.</summary>
    public const string Signal = "amsp.erp-confirmation";

    private const string DueKey = "due";
    private const string DueExecutionKey = "dueExecution";

    /// <summary>The step the ERP confirms.</summary>
    [Input(Syntaxes = ["Literal"], UIHint = "single-line", DefaultJson = "\"order\"", Description = "The step the ERP confirms, as it names it in its confirmation (default: order).")]
    public string Step { get; set; } = "order";

    /// <summary>How long to wait before the TimedOut outcome.</summary>
    [Input(UIHint = "timespan", DefaultJson = "\"2.00:00:00\"", Description = "How long to wait for the ERP before TimedOut (d.hh:mm:ss; default 2 days).")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The ERP's reference of the confirmation taken.</summary>
    [Output(Description = "The ERP's reference, e.g. its sales order number.")]
    public string? Reference { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        // Execute runs again after a crash: the due time set by the first run of this execution stands. The state is the
        // activity's, kept across executions (a workflow may loop back to the wait), so it names its execution.
        var state = run.Context.State;
        if (state[DueExecutionKey]?.GetValue<string>() != run.Context.ExecutionId)
        {
            state[DueExecutionKey] = run.Context.ExecutionId;
            state[DueKey] = JsonValue.Create(run.Now + Timeout);
        }
        return await DecideAsync(run, order);
    }

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) => await DecideAsync(run, order);

    private async Task<ActivityResult> DecideAsync(OrderStep run, Order order)
    {
        var step = Step.Trim();
        var executionId = run.Context.ExecutionId;
        var confirmation = await run.Db.ErpConfirmations
            .Where(c => c.OrderId == order.Id && c.Step == step && (c.ConsumedBy == null || c.ConsumedBy == executionId))
            .OrderBy(c => c.ReceivedAt).FirstOrDefaultAsync(run.CancellationToken);
        if (confirmation is not null)
        {
            confirmation.ConsumedBy = executionId;
            Reference = confirmation.Reference;
            if (!confirmation.Confirmed)
            {
                order.Reasons = [string.IsNullOrWhiteSpace(confirmation.Reason) ? $"The ERP rejected the step '{step}'." : confirmation.Reason];
                return ActivityResult.Outcome("Rejected");
            }
            if (order.Status == OrderStatus.OnHold && order.History.OrderByDescending(h => h.Sequence).FirstOrDefault()?.From is { } before)
            {
                order.Reasons = [];
                run.ChangeStatus(order, before, $"The ERP confirmed the step '{step}'{(confirmation.Reference is { } r ? $" ({r})" : "")}.");
            }
            return ActivityResult.Outcome("Confirmed");
        }
        var due = run.Context.State[DueKey]?.GetValue<DateTimeOffset>() ?? run.Now + Timeout;
        if (due <= run.Now)
        {
            order.Reasons = [$"The ERP did not confirm the step '{step}' within {Timeout}: the order waits on hold."];
            return ActivityResult.Outcome("TimedOut");
        }
        return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number, JsonValue.Create(step), DueAt: due));
    }
}

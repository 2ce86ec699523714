using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>Moves the order to a status, with a reason recorded in its history (and shown to the customer).</summary>
[Activity("SetOrderStatus", Category = "Order", DisplayName = "Set order status",
    Description = "Moves the order to a status with a reason, e.g. Rejected when the copyright check finds a copy.")]
public sealed class SetOrderStatus(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The status.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "dropdown",
        Options = ["Requested", "Invalid", "OnHold", "Quoted", "Accepted", "Rejected", "Expired", "Cancelled", "Printing", "Inspecting", "Shipped", "Delivered", "Failed"],
        Description = "The order's new status.")]
    public OrderStatus Status { get; set; }

    /// <summary>Why, for the history and the customer; the order's current reasons when empty.</summary>
    [Input(UIHint = "multi-line", Description = "Why (shown to the customer); default: the reasons the order carries.")]
    public string? Reason { get; set; }

    protected override ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var reason = string.IsNullOrWhiteSpace(Reason) ? string.Join(" ", order.Reasons) : Reason;
        if (!string.IsNullOrWhiteSpace(Reason))
        {
            order.Reasons = [Reason];
        }
        run.ChangeStatus(order, Status, reason.Length == 0 ? null : reason);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}

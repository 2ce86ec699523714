using System.Text.Json.Nodes;
using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// Waits for the customer to act on the order through the platform's API: correct and resubmit the requirement, or
/// confirm the units of the model. Only the platform resumes it (its bookmark's name is reserved).
/// </summary>
[Activity("AwaitCustomerAction", Category = "Order", DisplayName = "Wait for the customer", Kind = ActivityKind.Blocking,
    Description = "Waits until the customer resubmits the corrected requirement (CorrectRequirement) or confirms the model's units (ConfirmUnits).")]
public sealed class AwaitCustomerAction(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark name the platform resumes.</summary>
    public const string Signal = "amsp.customer-action";

    public const string CorrectRequirement = nameof(CorrectRequirement);
    public const string ConfirmUnits = nameof(ConfirmUnits);

    /// <summary>What the customer is asked to do.</summary>
    [Input(Required = true, Syntaxes = ["Literal"], UIHint = "dropdown", Options = [CorrectRequirement, ConfirmUnits],
        Description = "What the customer is asked to do.")]
    public string Action { get; set; } = CorrectRequirement;

    protected override ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        if (Action == ConfirmUnits)
        {
            order.Reasons = ["The model's size suggests inches, while the requirement says millimetres: confirm the units."];
            run.ChangeStatus(order, OrderStatus.OnHold, "Waiting for the customer to confirm the model's units.");
        }
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number, JsonValue.Create(Action))));
    }
}

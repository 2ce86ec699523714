using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>ISO/IEC 23510 §4.3.2: checks the submitted requirement (see <see cref="IntakeRules"/>).</summary>
[Activity("RequirementIntake", Category = "Order", DisplayName = "Requirement intake", Outcomes = ["Valid", "Invalid"],
    Description = "Checks the order's requirement for what ISO/ASTM 52901 asks and for consistency. Invalid: the order waits for the customer's correction, with the reasons.")]
public sealed class RequirementIntake(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>Why the requirement is not valid.</summary>
    [Output(Description = "The reasons, as the customer reads them.")]
    public IReadOnlyList<string> Reasons { get; set; } = [];

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var requirement = await run.Db.Requirements.SingleAsync(r => r.Id == order.RequirementId, run.CancellationToken);
        var model = requirement.ModelId is { } id ? await run.Db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, run.CancellationToken) : null;
        var offered = await run.Db.Materials.AsNoTracking().Where(m => m.Active).ToListAsync(run.CancellationToken);
        Reasons = IntakeRules.Check(requirement, model, offered, DateOnly.FromDateTime(run.Now.UtcDateTime));
        order.Reasons = [.. Reasons];
        order.ModelId = requirement.ModelId;
        if (Reasons.Count > 0)
        {
            run.ChangeStatus(order, OrderStatus.Invalid, string.Join(" ", Reasons));
            return ActivityResult.Outcome("Invalid");
        }
        if (order.Status != OrderStatus.Requested)
        {
            run.ChangeStatus(order, OrderStatus.Requested, "The corrected requirement passed intake.");
        }
        return ActivityResult.Outcome("Valid");
    }
}

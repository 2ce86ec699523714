using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// Waits for reviewers (Operators or Admins, through the platform's API) to decide every open copyright review of the
/// order: Cleared when all cleared it, Rejected as soon as one rejected it.
/// </summary>
[Activity("AwaitCopyrightReview", Category = "Order", DisplayName = "Copyright review", Kind = ActivityKind.Blocking, Outcomes = ["Cleared", "Rejected"],
    Description = "Waits for a reviewer's decision on the order's near matches with protected designs.")]
public sealed class AwaitCopyrightReview(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark name the platform resumes.</summary>
    public const string Signal = "amsp.copyright-review";

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order) => await DecideAsync(run, order);

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) => await DecideAsync(run, order);

    // The decision is in the database (the API records it before it signals), so a signal that came early or twice
    // changes nothing: the reviews decide.
    private static async Task<ActivityResult> DecideAsync(OrderStep run, Order order)
    {
        var reviews = await run.Db.CopyrightReviews.AsNoTracking().Where(r => r.OrderId == order.Id && r.ModelId == order.ModelId)
            .Select(r => new { r.Status, r.Note }).ToListAsync(run.CancellationToken);
        if (reviews.FirstOrDefault(r => r.Status == CopyrightReviewStatus.Rejected) is { } rejected)
        {
            order.Reasons = ["A reviewer found that the model copies a protected design" + (rejected.Note is { Length: > 0 } note ? $": {note}" : ".")];
            return ActivityResult.Outcome("Rejected");
        }
        if (reviews.Any(r => r.Status == CopyrightReviewStatus.Pending))
        {
            return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number));
        }
        order.Reasons = [];
        run.ChangeStatus(order, OrderStatus.Requested, "The copyright review cleared the model.");
        return ActivityResult.Outcome("Cleared");
    }
}

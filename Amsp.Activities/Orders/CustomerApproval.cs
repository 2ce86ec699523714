using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// Waits for the customer to accept one of the offered quotes or reject them all (through the platform's API, which
/// records the choice before it signals), or for the earliest validity to run out: then every offered quote expires.
/// </summary>
[Activity("CustomerApproval", Category = "Order", DisplayName = "Customer approval", Kind = ActivityKind.Blocking, Outcomes = ["Accepted", "Rejected", "Expired"],
    Description = "Waits for the customer's choice among the quotes; a timer at the earliest valid-until expires them.")]
public sealed class CustomerApproval(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark name the platform resumes.</summary>
    public const string Signal = "amsp.quote-decision";

    /// <summary>The accepted quote.</summary>
    [Output(Description = "The accepted quote's id.")]
    public Guid? QuoteId { get; set; }

    /// <summary>Its total.</summary>
    [Output(Description = "The accepted quote's total.")]
    public decimal? Total { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order) => await DecideAsync(run, order);

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) => await DecideAsync(run, order);

    // The customer's choice is in the database, recorded by the API before it signals: a signal that came early, late or
    // twice changes nothing. The timer is the bookmark's due time, so one bookmark waits for both.
    private async Task<ActivityResult> DecideAsync(OrderStep run, Order order)
    {
        var quotes = await run.Db.Quotes.Where(q => q.OrderId == order.Id && q.Status != QuoteStatus.Failed).ToListAsync(run.CancellationToken);
        if (quotes.FirstOrDefault(q => q.Status == QuoteStatus.Accepted) is { } accepted)
        {
            (QuoteId, Total) = (accepted.Id, accepted.Total);
            run.ChangeStatus(order, OrderStatus.Accepted, $"Quote {accepted.Id} accepted ({accepted.Total} {accepted.Currency}).");
            return ActivityResult.Outcome("Accepted");
        }
        var offered = quotes.Where(q => q.Status == QuoteStatus.Offered).ToList();
        if (offered.Count == 0)
        {
            run.ChangeStatus(order, OrderStatus.Rejected, "The customer rejected the quotes.");
            return ActivityResult.Outcome("Rejected");
        }
        var due = offered.Min(q => q.ValidUntil);
        if (due <= run.Now)
        {
            offered.ForEach(q => q.Status = QuoteStatus.Expired);
            order.Reasons = ["The quotes expired before one was accepted: submit the requirement again for new quotes."];
            run.ChangeStatus(order, OrderStatus.Expired, "The quotes expired.");
            return ActivityResult.Outcome("Expired");
        }
        return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number, DueAt: due));
    }
}

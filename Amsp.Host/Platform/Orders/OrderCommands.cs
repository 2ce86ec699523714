using Amsp.Activities.Orders;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Requirements;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Orders;

/// <summary>What a decision changed: the order, and the signal its workflow waits for (sent once the change is stored).</summary>
public sealed record OrderDecision(string OrderNumber, Guid OrderId, string InstanceId, string Signal, string? Discriminator);

/// <summary>After correcting the requirement of an invalid order, the customer sends it through intake again.</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record ResubmitOrder(string OrderNumber) : ICommand<OrderDecision>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

/// <summary>The customer states the units of a model whose size suggested others.</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record ConfirmUnits(string OrderNumber, LengthUnit? Units) : ICommand<OrderDecision>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];

    public void Validate(Validation validation) => validation.When(Units is null, "units", "is required: mm or inch.");
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record AcceptQuote(string OrderNumber, Guid QuoteId) : ICommand<OrderDecision>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record RejectQuotes(string OrderNumber) : ICommand<OrderDecision>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

/// <summary>The customer cancels before accepting a quote; the order's instance is cancelled too.</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record CancelOrder(string OrderNumber, string? Reason) : ICommand<OrderDecision>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

public sealed class OrderCommandHandlers(AmspDbContext db, Caller caller, TimeProvider time)
    : ICommandHandler<ResubmitOrder, OrderDecision>, ICommandHandler<ConfirmUnits, OrderDecision>, ICommandHandler<AcceptQuote, OrderDecision>,
      ICommandHandler<RejectQuotes, OrderDecision>, ICommandHandler<CancelOrder, OrderDecision>
{
    public async ValueTask<OrderDecision> Handle(ResubmitOrder command, CancellationToken cancellationToken)
    {
        var order = await OrderInAsync(command.OrderNumber, [OrderStatus.Invalid], "resubmitted", cancellationToken);
        order.ChangeStatus(OrderStatus.Requested, caller.UserId, "Resubmitted after correction.", time.GetUtcNow());
        return Decision(order, AwaitCustomerAction.Signal, AwaitCustomerAction.CorrectRequirement);
    }

    public async ValueTask<OrderDecision> Handle(ConfirmUnits command, CancellationToken cancellationToken)
    {
        var order = await OrderInAsync(command.OrderNumber, [OrderStatus.OnHold], "given units", cancellationToken);
        if (await db.CopyrightReviews.AnyAsync(r => r.OrderId == order.Id && r.Status == CopyrightReviewStatus.Pending, cancellationToken))
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Not allowed now", $"Order {order.Number} waits for a copyright review, not for units.");
        }
        var requirement = await db.Requirements.SingleAsync(r => r.Id == order.RequirementId, cancellationToken);
        requirement.Units = command.Units!.Value;
        requirement.UnitsConfirmed = true;
        requirement.UpdatedAt = time.GetUtcNow();
        order.ChangeStatus(OrderStatus.Requested, caller.UserId, $"Units confirmed: {(requirement.Units == LengthUnit.Inch ? "inch" : "mm")}.", time.GetUtcNow());
        return Decision(order, AwaitCustomerAction.Signal, AwaitCustomerAction.ConfirmUnits);
    }

    public async ValueTask<OrderDecision> Handle(AcceptQuote command, CancellationToken cancellationToken)
    {
        var order = await OrderInAsync(command.OrderNumber, [OrderStatus.Quoted], "accepted", cancellationToken);
        var quotes = await db.Quotes.Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Offered).ToListAsync(cancellationToken);
        var chosen = quotes.SingleOrDefault(q => q.Id == command.QuoteId)
            ?? throw ApiProblemException.NotFound($"Order {order.Number} has no offered quote {command.QuoteId}.");
        if (chosen.ValidUntil <= time.GetUtcNow())
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Quote expired", $"Quote {chosen.Id} was valid until {chosen.ValidUntil:u}.");
        }
        quotes.ForEach(q => q.Status = q.Id == chosen.Id ? QuoteStatus.Accepted : QuoteStatus.Rejected);
        order.AcceptedQuoteId = chosen.Id;
        order.UpdatedAt = time.GetUtcNow();
        return Decision(order, CustomerApproval.Signal, null);
    }

    public async ValueTask<OrderDecision> Handle(RejectQuotes command, CancellationToken cancellationToken)
    {
        var order = await OrderInAsync(command.OrderNumber, [OrderStatus.Quoted], "rejected", cancellationToken);
        await db.Quotes.Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Offered)
            .ExecuteUpdateAsync(q => q.SetProperty(x => x.Status, QuoteStatus.Rejected).SetProperty(x => x.ModifiedAt, time.GetUtcNow()), cancellationToken);
        order.UpdatedAt = time.GetUtcNow();
        return Decision(order, CustomerApproval.Signal, null);
    }

    public async ValueTask<OrderDecision> Handle(CancelOrder command, CancellationToken cancellationToken)
    {
        var order = await OrderInAsync(command.OrderNumber, [OrderStatus.Requested, OrderStatus.Invalid, OrderStatus.OnHold, OrderStatus.Quoted],
            "cancelled (only an order not yet accepted can be)", cancellationToken);
        await db.Quotes.Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Offered)
            .ExecuteUpdateAsync(q => q.SetProperty(x => x.Status, QuoteStatus.Rejected).SetProperty(x => x.ModifiedAt, time.GetUtcNow()), cancellationToken);
        order.ChangeStatus(OrderStatus.Cancelled, caller.UserId, string.IsNullOrWhiteSpace(command.Reason) ? "Cancelled by the customer." : command.Reason.Trim(), time.GetUtcNow());
        return Decision(order, "", null);
    }

    private async Task<Order> OrderInAsync(string number, OrderStatus[] allowed, string action, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == number, ct);
        return allowed.Contains(order.Status)
            ? order
            : throw new ApiProblemException(StatusCodes.Status409Conflict, "Not allowed now", $"Order {number} is {order.Status}: it cannot be {action}.");
    }

    private static OrderDecision Decision(Order order, string signal, string? discriminator) =>
        new(order.Number, order.Id, order.InstanceId, signal, discriminator);
}

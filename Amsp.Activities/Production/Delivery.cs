using Amsp.Activities.Orders;
using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Production;

/// <summary>
/// Opens the order's shipment and waits: the AM centre records the carrier, tracking number and packages when it hands
/// the parcel over (the order becomes Shipped), then the delivery is confirmed by the AM centre or the carrier's
/// callback (the order becomes Delivered). Both are recorded by the API before it signals.
/// </summary>
[Activity("Delivery", Category = "Production", DisplayName = "Delivery", Kind = ActivityKind.Blocking, Outcomes = ["Delivered"],
    Description = "Opens the shipment, waits for it to be handed to the carrier and then for the delivery confirmation.")]
public sealed class Delivery(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark the shipment API resumes.</summary>
    public const string Signal = "amsp.delivery";

    [Output(Description = "The tracking number, once shipped.")]
    public string? TrackingNumber { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var shipment = await run.Db.Shipments.SingleOrDefaultAsync(s => s.ExecutionId == run.Context.ExecutionId, run.CancellationToken);
        if (shipment is null)
        {
            var centre = await run.Db.Quotes.AsNoTracking().Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Accepted)
                .Select(q => q.AmCentreId).SingleAsync(run.CancellationToken);
            shipment = new Shipment
            {
                Id = Guid.CreateVersion7(run.Now), OrderId = order.Id, OrderNumber = order.Number, AmCentreId = centre,
                ExecutionId = run.Context.ExecutionId, CreatedAt = run.Now,
            };
            run.Db.Shipments.Add(shipment);
        }
        return Judge(run, order, shipment);
    }

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) =>
        Judge(run, order, await run.Db.Shipments.SingleAsync(s => s.ExecutionId == run.Context.ExecutionId, run.CancellationToken));

    private ActivityResult Judge(OrderStep run, Order order, Shipment shipment)
    {
        TrackingNumber = shipment.TrackingNumber;
        if (shipment.ShippedAt is not null && order.Status != OrderStatus.Shipped && order.Status != OrderStatus.Delivered)
        {
            order.ChangeStatus(OrderStatus.Shipped, shipment.ShippedBy ?? WorkflowActor,
                $"Handed to {shipment.Carrier}, tracking {shipment.TrackingNumber}, {shipment.Packages} package(s).", shipment.ShippedAt.Value,
                run.Context.ExecutionId + ":shipped");
        }
        if (shipment.DeliveredAt is { } delivered)
        {
            order.ChangeStatus(OrderStatus.Delivered, shipment.DeliveredBy ?? WorkflowActor, "Delivered.", delivered, run.Context.ExecutionId + ":delivered");
            return ActivityResult.Outcome("Delivered");
        }
        return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number));
    }
}

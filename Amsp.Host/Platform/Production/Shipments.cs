using Amsp.Activities.Production;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Orders;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

public sealed record ShipmentInput(string? Carrier, string? TrackingNumber, int? Packages);

public sealed record ShipmentDto(Guid Id, string OrderNumber, string? Carrier, string? TrackingNumber, int Packages,
    DateTimeOffset CreatedAt, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt)
{
    public static ShipmentDto From(Shipment s) => new(s.Id, s.OrderNumber, s.Carrier, s.TrackingNumber, s.Packages, s.CreatedAt, s.ShippedAt, s.DeliveredAt);
}

/// <summary>The producing centre hands the parcel(s) to the carrier.</summary>
[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record ShipOrder(string OrderNumber, ShipmentInput Input) : ICommand<OrderDecision>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];

    public void Validate(Validation validation) =>
        validation.Text(Input.Carrier, "carrier", 200).Text(Input.TrackingNumber, "trackingNumber", 200)
            .When(Input.Packages is not (>= 1 and <= 1000), "packages", "must be between 1 and 1,000.");
}

/// <summary>The producing centre confirms the delivery (the carrier's proof of delivery in hand).</summary>
[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record ConfirmDelivery(string OrderNumber) : ICommand<OrderDecision>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

public sealed class ShipmentHandlers(AmspDbContext db, Caller caller, TimeProvider time)
    : ICommandHandler<ShipOrder, OrderDecision>, ICommandHandler<ConfirmDelivery, OrderDecision>
{
    public async ValueTask<OrderDecision> Handle(ShipOrder command, CancellationToken cancellationToken)
    {
        var (shipment, decision) = await OpenAsync(command.OrderNumber, cancellationToken);
        if (shipment.ShippedAt is not null)
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Already shipped", $"Order {command.OrderNumber} was shipped at {shipment.ShippedAt:u}.");
        }
        (shipment.Carrier, shipment.TrackingNumber, shipment.Packages) = (command.Input.Carrier!.Trim(), command.Input.TrackingNumber!.Trim(), command.Input.Packages!.Value);
        (shipment.ShippedBy, shipment.ShippedAt) = (caller.UserId, time.GetUtcNow());
        return decision;
    }

    public async ValueTask<OrderDecision> Handle(ConfirmDelivery command, CancellationToken cancellationToken)
    {
        var (shipment, decision) = await OpenAsync(command.OrderNumber, cancellationToken);
        if (shipment.ShippedAt is null)
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Not shipped", $"Order {command.OrderNumber} has not been handed to a carrier yet.");
        }
        if (shipment.DeliveredAt is null)
        {
            (shipment.DeliveredBy, shipment.DeliveredAt) = (caller.UserId, time.GetUtcNow());
        }
        return decision;
    }

    private async Task<(Shipment Shipment, OrderDecision Decision)> OpenAsync(string number, CancellationToken ct)
    {
        var (order, centre) = await ProductionAccess.AcceptedCentreAsync(db, number, ct);
        ProductionAccess.RequireCentre(caller, centre, order.Number, AmspRoles.Manufacturer);
        var shipment = await db.Shipments.Where(s => s.OrderId == order.Id).OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(ct)
            ?? throw new ApiProblemException(StatusCodes.Status409Conflict, "Not ready to ship", $"Order {number} is not ready for shipping yet.");
        return (shipment, new OrderDecision(order.Number, order.Id, OrderWorkflow.InstanceIdOf(order.Id), Delivery.Signal, null));
    }
}

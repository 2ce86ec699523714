using System.Security.Cryptography;
using System.Text;
using Amsp.Activities.Production;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Production;

/// <summary>The carriers' delivery callback (<c>Amsp:Carriers</c>).</summary>
public sealed class CarrierOptions
{
    public const string Section = "Amsp:Carriers";

    /// <summary>The secret shared with the carrier's webhook; none (the default) turns the callback off (404).</summary>
    public string? CallbackSecret { get; set; }
}

/// <summary>
/// A carrier reports a delivery: no user signs in, the request is signed instead. <c>X-Carrier-Signature</c> is
/// <c>sha256=</c> and the hex HMAC-SHA256 of the tracking number with the shared secret, compared in constant time.
/// An unknown tracking number, a bad signature or a callback not configured are all 404, telling a prober nothing.
/// </summary>
[AnonymousRequest]
public sealed record CarrierDelivered(string TrackingNumber, string? Signature) : ICommand<OrderDecision>;

public sealed class CarrierCallbackHandler(AmspDbContext db, IOptions<CarrierOptions> options, TimeProvider time) : ICommandHandler<CarrierDelivered, OrderDecision>
{
    public const string Actor = "carrier";

    public async ValueTask<OrderDecision> Handle(CarrierDelivered command, CancellationToken cancellationToken)
    {
        if (options.Value.CallbackSecret is not { Length: > 0 } secret || !Signed(secret, command.TrackingNumber, command.Signature))
        {
            throw ApiProblemException.NotFound("No shipment has that tracking number.");
        }
        var shipment = await db.Shipments.Where(s => s.TrackingNumber == command.TrackingNumber && s.ShippedAt != null)
            .OrderByDescending(s => s.ShippedAt).FirstOrDefaultAsync(cancellationToken)
            ?? throw ApiProblemException.NotFound("No shipment has that tracking number.");
        if (shipment.DeliveredAt is null)
        {
            (shipment.DeliveredBy, shipment.DeliveredAt) = (Actor, time.GetUtcNow());
        }
        return new OrderDecision(shipment.OrderNumber, shipment.OrderId, OrderWorkflow.InstanceIdOf(shipment.OrderId), Delivery.Signal, null);
    }

    public static string Sign(string secret, string trackingNumber) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(trackingNumber)));

    private static bool Signed(string secret, string trackingNumber, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, trackingNumber)), Encoding.ASCII.GetBytes(signature.Trim()));
}

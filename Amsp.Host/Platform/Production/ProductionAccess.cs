using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// Production belongs to the AM centre whose quote was accepted: of the centres that quoted (who all see the order),
/// only its staff record inspections and shipments or download the certificate. For any other caller the thing is not
/// there (404).
/// </summary>
public static class ProductionAccess
{
    public static async Task<(Order Order, Guid Centre)> AcceptedCentreAsync(AmspDbContext db, string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Number == number, ct) ?? throw ApiProblemException.NotFound($"No order {number}.");
        var centre = await db.Quotes.AsNoTracking().Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Accepted)
            .Select(q => (Guid?)q.AmCentreId).SingleOrDefaultAsync(ct);
        return centre is { } c ? (order, c) : throw ApiProblemException.NotFound($"Order {number} has no accepted quote, so nothing is made for it yet.");
    }

    /// <summary>404 unless the caller holds one of the roles in the centre (or is an administrator).</summary>
    public static void RequireCentre(Caller caller, Guid centre, string number, params string[] roles)
    {
        if (!caller.IsAdmin && !caller.HasRoleIn(centre, roles))
        {
            throw ApiProblemException.NotFound($"No order {number}.");
        }
    }
}

using Amsp.Domain.Erp;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Machine;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Inbound;

/// <summary>An ERP's answer to a step an order waits for.</summary>
public sealed record ErpConfirmationInput(string? Step, bool? Confirmed, string? Reason, string? Reference)
{
    public void Validate(Validation v)
    {
        v.Text(Step, "step", ErpLimits.StepLength);
        v.When(Confirmed is null, "confirmed", "is required: true to confirm, false to reject.");
        v.Text(Reason, "reason", ErpLimits.ReasonLength, required: false);
        v.Text(Reference, "reference", ErpLimits.ReferenceLength, required: false);
    }
}

/// <summary>
/// Who may confirm a step of the order, and for which organization: the order's customer or an AM centre that quoted
/// for it (a machine client acts for its own). Answers the organization; the pipeline has answered 404 to anyone else.
/// </summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Manufacturer)]
public sealed record ErpConfirmationAccess(string OrderNumber, ErpConfirmationInput Input) : IQuery<Guid>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

public sealed class ErpConfirmationAccessHandler(AmspDbContext db, Caller caller, IHttpContextAccessor http) : IQueryHandler<ErpConfirmationAccess, Guid>
{
    public async ValueTask<Guid> Handle(ErpConfirmationAccess query, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context && MachinePrincipal.OrganizationOf(context.User) is { } machine)
        {
            return machine;
        }
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == query.OrderNumber).Select(o => new { o.Id, o.OrganizationId }).SingleAsync(cancellationToken);
        if (caller.HasRoleIn(order.OrganizationId, [AmspRoles.Customer]))
        {
            return order.OrganizationId;
        }
        var centres = caller.OrganizationsWith(AmspRoles.Manufacturer);
        return await db.Quotes.Where(q => q.OrderId == order.Id && centres.Contains(q.AmCentreId)).Select(q => q.AmCentreId).FirstAsync(cancellationToken);
    }
}

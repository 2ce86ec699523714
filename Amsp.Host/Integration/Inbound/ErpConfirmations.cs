using System.Text.Json.Nodes;
using Amsp.Activities.Orders;
using Amsp.Domain.Erp;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Orders;
using Amsp.Integration.Erp;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Inbound;

/// <summary>
/// Applies an ERP's confirmation for every transport: the order must be one the organization reaches (its customer,
/// or an AM centre that quoted for it) and wait for the step; the confirmation is stored once per message id, then the
/// order's instance is signalled. A message seen before is not stored again, but the signal is repeated while the order
/// still waits for the step (the first delivery may have stored it and died before signalling).
/// </summary>
public sealed partial class ErpConfirmations(AmspDbContext db, IWorkflowInstanceStore instances, OrderWorkflow workflow, TimeProvider time,
    ILogger<ErpConfirmations> logger) : IErpConfirmations
{
    public async Task<ErpConfirmationOutcome> ApplyAsync(ErpConfirmationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var step = command.Step.Trim();
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == command.OrderNumber)
            .Select(o => new { o.Id, o.Number, o.OrganizationId, o.InstanceId }).SingleOrDefaultAsync(cancellationToken);
        if (order is null || (order.OrganizationId != command.OrganizationId
            && !await db.Quotes.AnyAsync(q => q.OrderId == order.Id && q.AmCentreId == command.OrganizationId, cancellationToken)))
        {
            return new(ErpConfirmationResult.NotFound, $"Order {command.OrderNumber} does not exist.");
        }
        var previous = await db.ErpConfirmations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == command.OrganizationId && c.MessageId == command.MessageId, cancellationToken);
        var waiting = await WaitsForAsync(order.InstanceId, order.Number, step, cancellationToken);
        if (previous is not null)
        {
            if (waiting && previous.OrderId == order.Id && previous.Step == step && previous.ConsumedBy is null)
            {
                await workflow.SignalAsync(order.InstanceId, order.Number, WaitForErpConfirmation.Signal, step, cancellationToken);
            }
            return new(ErpConfirmationResult.Duplicate, $"Message {command.MessageId} was received before; nothing changed.", previous.Id);
        }
        if (!waiting)
        {
            return new(ErpConfirmationResult.Conflict, $"Order {order.Number} is not waiting for the ERP to confirm the step '{step}'.");
        }
        var now = time.GetUtcNow();
        var confirmation = new ErpConfirmation
        {
            Id = Guid.CreateVersion7(now), OrganizationId = command.OrganizationId, OrderId = order.Id, OrderNumber = order.Number, Step = step,
            Confirmed = command.Confirmed, Reason = Blank(command.Reason), Reference = Blank(command.Reference), Source = command.Source.ToString(),
            MessageId = command.MessageId, ReceivedAt = now,
        };
        db.ErpConfirmations.Add(confirmation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same message, delivered twice at once: the other delivery stored (and signals) it.
            db.Entry(confirmation).State = EntityState.Detached;
            return new(ErpConfirmationResult.Duplicate, $"Message {command.MessageId} was received before; nothing changed.");
        }
        LogApplied(logger, order.Number, step, command.Confirmed, command.Source, command.Actor);
        await workflow.SignalAsync(order.InstanceId, order.Number, WaitForErpConfirmation.Signal, step, cancellationToken);
        return new(ErpConfirmationResult.Applied,
            $"Order {order.Number}: the step '{step}' was {(command.Confirmed ? "confirmed" : "rejected")}.", confirmation.Id);
    }

    private async Task<bool> WaitsForAsync(string instanceId, string number, string step, CancellationToken ct)
    {
        var hash = Bookmark.ComputeHash(WaitForErpConfirmation.Signal, number, JsonValue.Create(step));
        return (await instances.FindBookmarksByHashAsync(hash, ct)).Any(b => b.InstanceId == instanceId);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "ERP confirmation of order {Number}, step {Step}: confirmed {Confirmed}, by {Source} from {Actor}")]
    private static partial void LogApplied(ILogger logger, string number, string step, bool confirmed, ErpConfirmationSource source, string actor);
}

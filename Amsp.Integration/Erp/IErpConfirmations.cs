namespace Amsp.Integration.Erp;

/// <summary>The transport an ERP confirmation arrived by.</summary>
public enum ErpConfirmationSource
{
    Rest,
    Amqp,
    Sftp,
}

/// <summary>
/// An ERP's confirmation or rejection of a step an order waits for, as any transport hands it over.
/// </summary>
/// <param name="OrganizationId">The organization the sender acts for (a machine client's, a file drop's, a queue's).</param>
/// <param name="OrderNumber">The order's number, e.g. <c>AMSP-2026-000123</c>.</param>
/// <param name="Step">The waiting step's name (the activity's <c>Step</c> input), e.g. <c>order</c>.</param>
/// <param name="Confirmed">True to confirm, false to reject.</param>
/// <param name="Reason">Why (a rejection's reason is written into the order's history).</param>
/// <param name="Reference">The ERP's own reference, e.g. its sales order number.</param>
/// <param name="Source">The transport.</param>
/// <param name="MessageId">The message's id, unique per organization: the same id again is a no-op.</param>
/// <param name="Actor">Who sent it, for logs (a client id, a file name, a queue).</param>
public sealed record ErpConfirmationCommand(
    Guid OrganizationId, string OrderNumber, string Step, bool Confirmed, string? Reason, string? Reference,
    ErpConfirmationSource Source, string MessageId, string Actor);

/// <summary>What became of a confirmation.</summary>
public enum ErpConfirmationResult
{
    /// <summary>Stored, and the waiting order was signalled.</summary>
    Applied,

    /// <summary>A message with the same id was stored before; nothing new was stored.</summary>
    Duplicate,

    /// <summary>No such order, or one the organization does not reach.</summary>
    NotFound,

    /// <summary>The order does not wait for that step (see <see cref="ErpConfirmationOutcome.Message"/>).</summary>
    Conflict,
}

/// <summary>The result with a sentence saying why, fit for a problem detail, a dead-letter reason or an error file.</summary>
public sealed record ErpConfirmationOutcome(ErpConfirmationResult Result, string Message, Guid? ConfirmationId = null);

/// <summary>
/// Applies ERP confirmations to waiting orders, the same way for every transport (REST, AMQP, SFTP): the confirmation is
/// stored once per message id, then the order's workflow is signalled at its <c>amsp.erp-confirmation</c> bookmark.
/// </summary>
public interface IErpConfirmations
{
    Task<ErpConfirmationOutcome> ApplyAsync(ErpConfirmationCommand command, CancellationToken cancellationToken);
}

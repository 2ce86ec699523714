namespace Amsp.Integration.Erp;

/// <summary>Where an ERP confirmation came from.</summary>
public enum ErpConfirmationSource
{
    Rest,
    Amqp,
    Sftp,
}

/// <summary>An ERP's confirmation (or rejection) of one step of an order, from whichever transport carried it.</summary>
/// <param name="OrganizationId">The organization of the connector or machine client that sent it: only its orders are found.</param>
/// <param name="OrderNumber">The order, e.g. <c>AMSP-2026-000123</c>.</param>
/// <param name="Step">The step confirmed, e.g. <c>order</c>, <c>shipment</c>.</param>
/// <param name="Confirmed">True to confirm, false to reject.</param>
/// <param name="Reason">Why, mostly for a rejection.</param>
/// <param name="Reference">The ERP's own document number (sales order, delivery…).</param>
/// <param name="Source">The transport.</param>
/// <param name="MessageId">The idempotency key: the AMQP message id, the file name and line, the REST idempotency key.</param>
public sealed record ErpConfirmationCommand(
    Guid OrganizationId, string OrderNumber, string Step, bool Confirmed, string? Reason, string? Reference,
    ErpConfirmationSource Source, string MessageId);

/// <summary>What became of a confirmation.</summary>
public enum ErpConfirmationResult
{
    Applied,
    Duplicate,
    NotFound,
    Conflict,
}

/// <summary>The outcome of <see cref="IErpConfirmations.ApplyAsync"/>, with a sentence for the sender.</summary>
public sealed record ErpConfirmationOutcome(ErpConfirmationResult Result, string Message);

/// <summary>Applies ERP confirmations to the waiting order workflows, whatever transport brought them.</summary>
public interface IErpConfirmations
{
    /// <summary>Applies the confirmation and commits it before returning; a transient failure throws.</summary>
    Task<ErpConfirmationOutcome> ApplyAsync(ErpConfirmationCommand command, CancellationToken ct);
}

namespace Amsp.Domain.Erp;

/// <summary>
/// An ERP's answer to a step of an order that waits for it (confirmed or rejected), whatever transport brought it. The
/// waiting workflow activity reads it when it is resumed, and marks it consumed so that a later wait on the same step
/// does not take it again.
/// </summary>
public class ErpConfirmation
{
    public Guid Id { get; set; }

    /// <summary>The organization whose ERP sent it (the order's customer, or an AM centre that quoted for the order).</summary>
    public Guid OrganizationId { get; set; }

    public Guid OrderId { get; set; }

    public string OrderNumber { get; set; } = "";

    /// <summary>The step confirmed, as the waiting activity names it (e.g. <c>order</c>).</summary>
    public string Step { get; set; } = "";

    public bool Confirmed { get; set; }

    /// <summary>Why, in the ERP's words (a rejection's reason goes into the order's history).</summary>
    public string? Reason { get; set; }

    /// <summary>The ERP's own reference, e.g. its sales order number.</summary>
    public string? Reference { get; set; }

    /// <summary>The transport: Rest, Amqp or Sftp.</summary>
    public string Source { get; set; } = "";

    /// <summary>The message's id, unique per organization: a message delivered twice is stored once.</summary>
    public string MessageId { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The workflow execution that took it; null while no wait has taken it.</summary>
    public string? ConsumedBy { get; set; }
}

namespace Amsp.Integration.Erp.Amqp;

/// <summary>The one place where an AMQP command becomes a call to the confirmation service.</summary>
internal static class AmqpConfirmationAdapter
{
    public static Task<ErpConfirmationOutcome> ApplyAsync(IErpConfirmations confirmations, ConnectorEndpoint connector, ErpCommandMessage message,
        string messageId, CancellationToken ct) =>
        confirmations.ApplyAsync(new ErpConfirmationCommand(connector.OrganizationId, message.OrderNumber.Trim(), message.Step.Trim(), message.Confirms,
            message.Reason, message.Reference, ErpConfirmationSource.Amqp, messageId,
            $"amqp {connector.Name}"), ct);
}
